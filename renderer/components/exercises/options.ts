/**
 * What the exercise form offers: the body chart's muscle names (so a plan can suggest exercises
 * for the muscles charted in a session), the drawings by a readable name, and which actions an
 * exercise allows.
 */
import { ILLUSTRATION_IDS, type Exercise, type IllustrationId } from '../../../db/api/contract';
import { MUSCLE_NAMES } from '../../chart/artwork';
import { compareText, fold } from '../../lib/search';

/** The chart's muscle names, plus any others the exercise already names, each once, sorted. */
export function muscleOptions(current: readonly string[] = []): string[] {
  const byKey = new Map<string, string>();
  for (const name of [...MUSCLE_NAMES, ...current]) {
    const trimmed = name.trim();
    if (trimmed !== '' && !byKey.has(fold(trimmed))) byKey.set(fold(trimmed), trimmed);
  }
  return [...byKey.values()].sort(compareText);
}

export const ILLUSTRATION_NAMES: Record<IllustrationId, string> = {
  'suboccipital-press': 'Pressing along the base of the skull',
  'ball-wall': 'Ball between the back and a wall',
  'foam-roller-neck': 'Foam roller under the neck',
  'chin-tuck': 'Chin tuck',
  'upper-trap-side-bend': 'Ear toward the shoulder',
  'levator-stretch': 'Nose toward the armpit',
  'scalene-stretch': 'Side of the neck stretch',
  'doorway-pec-stretch': 'Chest stretch in a doorway',
  'shoulder-rolls': 'Shoulder rolls',
  'movement-break': 'Standing up for a break',
  'trap-pincer': 'Squeezing the top of the shoulder',
  'ball-glute': 'Ball under the buttock',
  'ql-side-stretch': 'Side bend for the low back',
  'thoracic-extension': 'Bending back over a roller',
};

/** The drawings, sorted by their readable name. */
export const ILLUSTRATION_OPTIONS: { id: IllustrationId; name: string }[] = ILLUSTRATION_IDS.map((id) => ({
  id,
  name: ILLUSTRATION_NAMES[id],
})).sort((a, b) => compareText(a.name, b.name));

export function isIllustrationId(value: unknown): value is IllustrationId {
  return typeof value === 'string' && (ILLUSTRATION_IDS as readonly string[]).includes(value);
}

export type ExerciseAction = 'edit' | 'duplicate' | 'hide' | 'show' | 'retire';

/**
 * Built-in exercises can be copied and hidden, never changed or retired; a retired exercise can
 * only be copied.
 */
export function actionsFor(exercise: Pick<Exercise, 'builtIn' | 'hidden' | 'retiredAt'>): ExerciseAction[] {
  if (exercise.retiredAt !== null) return ['duplicate'];
  const visibility: ExerciseAction = exercise.hidden ? 'show' : 'hide';
  return exercise.builtIn ? ['duplicate', visibility] : ['edit', 'duplicate', visibility, 'retire'];
}

const ACTION_WORDS: Record<ExerciseAction, { text: string; name: (exercise: string) => string }> = {
  edit: { text: 'Edit', name: (n) => `Edit ${n}` },
  duplicate: { text: 'Duplicate', name: (n) => `Duplicate ${n}` },
  hide: { text: 'Hide', name: (n) => `Hide ${n}` },
  show: { text: 'Show again', name: (n) => `Show ${n} again` },
  retire: { text: 'Retire', name: (n) => `Retire ${n}` },
};

/** The button's text ("Show again") and its accessible name with the exercise ("Show Chin tucks again"). */
export function actionWords(action: ExerciseAction, exerciseName: string): { text: string; name: string } {
  const words = ACTION_WORDS[action];
  return { text: words.text, name: words.name(exerciseName) };
}
