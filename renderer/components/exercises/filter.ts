/**
 * The library's search and filters, as pure functions: what the therapist typed must appear in
 * the name, the body region or a target muscle (every word, any order, ignoring case and
 * accents); the region and muscle filters match exactly; hidden and retired exercises are left
 * out unless asked for.
 */
import type { Exercise } from '../../../db/api/contract';
import { compareText, fold } from '../../lib/search';

export interface ExerciseFilter {
  search: string;
  /** '' for every region. */
  region: string;
  /** '' for every muscle. */
  muscle: string;
  showHidden: boolean;
  showRetired: boolean;
}

export const NO_FILTER: ExerciseFilter = { search: '', region: '', muscle: '', showHidden: false, showRetired: false };

type Searchable = Pick<Exercise, 'name' | 'bodyRegion' | 'targetMuscles'>;
type Filterable = Searchable & Pick<Exercise, 'hidden' | 'retiredAt'>;

export function matchesExercise(exercise: Searchable, query: string): boolean {
  const words = fold(query)
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length === 0) return true;
  const text = fold([exercise.name, exercise.bodyRegion, ...exercise.targetMuscles].join(' '));
  return words.every((word) => text.includes(word));
}

/** Hidden and retired exercises, shown only when their box is ticked. */
export function inScope(exercise: Filterable, filter: Pick<ExerciseFilter, 'showHidden' | 'showRetired'>): boolean {
  if (exercise.retiredAt !== null && !filter.showRetired) return false;
  if (exercise.hidden && !filter.showHidden) return false;
  return true;
}

export function matchesFilter(exercise: Filterable, filter: ExerciseFilter): boolean {
  if (!inScope(exercise, filter)) return false;
  if (filter.region !== '' && compareText(exercise.bodyRegion, filter.region) !== 0) return false;
  if (filter.muscle !== '' && !exercise.targetMuscles.some((m) => compareText(m, filter.muscle) === 0)) return false;
  return matchesExercise(exercise, filter.search);
}

export function filterExercises<T extends Filterable>(exercises: readonly T[], filter: ExerciseFilter): T[] {
  return exercises.filter((exercise) => matchesFilter(exercise, filter));
}

function distinctSorted(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed !== '' && !seen.has(fold(trimmed))) seen.set(fold(trimmed), trimmed);
  }
  return [...seen.values()].sort(compareText);
}

/** The body regions the exercises name, each once, sorted. */
export function regionsOf(exercises: readonly Searchable[]): string[] {
  return distinctSorted(exercises.map((e) => e.bodyRegion));
}

/** The target muscles the exercises name, each once, sorted. */
export function musclesOf(exercises: readonly Searchable[]): string[] {
  return distinctSorted(exercises.flatMap((e) => e.targetMuscles));
}

/** "14 exercises", "3 of 14 exercises", "12 exercises · 2 hidden or retired not shown". */
export function countLabel(shown: number, inScopeCount: number, notShown: number): string {
  const noun = inScopeCount === 1 ? 'exercise' : 'exercises';
  const count = shown === inScopeCount ? `${inScopeCount} ${noun}` : `${shown} of ${inScopeCount} ${noun}`;
  return notShown > 0 ? `${count} · ${notShown} hidden or retired not shown` : count;
}

/** The list with one exercise replaced by its new state, or added when it is new. */
export function upsertExercise<T extends { id: string }>(exercises: readonly T[], exercise: T): T[] {
  const at = exercises.findIndex((e) => e.id === exercise.id);
  return at === -1 ? [...exercises, exercise] : exercises.map((e, i) => (i === at ? exercise : e));
}
