/**
 * The clinical checklists and reference values of a session record (facts from the domain
 * brief, words our own): the red-flag screen, perpetuating factors and cervical range of motion
 * with its usual young-adult range. Pure TypeScript: the renderer imports this file.
 */

/** Asked at the start of every session. Any "yes" means: refer to a physician. */
export const RED_FLAGS = [
  { id: 'arm_numbness', question: 'Numbness, tingling or weakness in the arms or hands?' },
  { id: 'trauma', question: 'Did the pain start after a fall, accident or other injury?' },
  {
    id: 'neuro',
    question: 'Dizziness, sudden falls, double vision, trouble speaking or swallowing, or nausea?',
  },
  { id: 'new_severe_pain', question: 'New, severe pain on one side of the neck or head?' },
  {
    id: 'systemic',
    question: 'Fever, night sweats, weight loss without a reason, or a history of cancer?',
  },
  { id: 'coordination', question: 'Clumsy hands or unsteady walking?' },
  { id: 'worse_with_rest', question: 'Pain that keeps getting worse even with rest?' },
] as const;
export type RedFlagId = (typeof RED_FLAGS)[number]['id'];
export const RED_FLAG_IDS = RED_FLAGS.map((f) => f.id) as [RedFlagId, ...RedFlagId[]];

/** Short names for the alert and the printed note. */
export const RED_FLAG_SHORT: Record<RedFlagId, string> = {
  arm_numbness: 'numbness, tingling or weakness in the arms',
  trauma: 'pain after a fall or accident',
  neuro: 'dizziness, falls, double vision, speech or swallowing trouble, nausea',
  new_severe_pain: 'new severe one-sided neck or head pain',
  systemic: 'fever, night sweats, weight loss or history of cancer',
  coordination: 'clumsy hands or unsteady walking',
  worse_with_rest: 'pain worse despite rest',
};

/** Habits and circumstances that keep trigger points coming back. */
export const PERPETUATING_FACTORS = [
  { id: 'forward_head', label: 'Forward head posture ("tech neck")' },
  { id: 'phone_shoulder', label: 'Phone held between ear and shoulder' },
  { id: 'heavy_bag', label: 'Heavy bag on one shoulder' },
  { id: 'monitor_side', label: 'Screen placed off to one side' },
  { id: 'no_arm_rests', label: 'Chair without arm rests' },
  { id: 'sleep_position', label: 'Sleeps face down or on a high pillow' },
  { id: 'stress', label: 'Stress' },
  { id: 'long_sitting', label: 'Long periods of sitting' },
  { id: 'cold_draughts', label: 'Cold draughts on the neck' },
  { id: 'whiplash', label: 'Past whiplash' },
  { id: 'leg_length', label: 'Difference in leg length' },
] as const;
export type PerpetuatingFactorId = (typeof PERPETUATING_FACTORS)[number]['id'];
export const PERPETUATING_FACTOR_IDS = PERPETUATING_FACTORS.map((f) => f.id) as [
  PerpetuatingFactorId,
  ...PerpetuatingFactorId[],
];

/** Cervical range of motion, degrees. `normal` is roughly a young adult's; it is lower with age. */
export const CERVICAL_ROM = [
  { key: 'flexion', label: 'Flexion', normal: 64 },
  { key: 'extension', label: 'Extension', normal: 80 },
  { key: 'lateralFlexionLeft', label: 'Lateral flexion, left', normal: 45 },
  { key: 'lateralFlexionRight', label: 'Lateral flexion, right', normal: 45 },
  { key: 'rotationLeft', label: 'Rotation, left', normal: 74 },
  { key: 'rotationRight', label: 'Rotation, right', normal: 74 },
] as const;
export type RomKey = (typeof CERVICAL_ROM)[number]['key'];
export type CervicalRom = Record<RomKey, number | null>;

export const EMPTY_ROM: CervicalRom = {
  flexion: null,
  extension: null,
  lateralFlexionLeft: null,
  lateralFlexionRight: null,
  rotationLeft: null,
  rotationRight: null,
};

/** The pain scale's bands (0-10). A change of 2 or more is one the client can feel. */
export function painBand(score: number): 'none' | 'mild' | 'moderate' | 'severe' {
  if (score === 0) return 'none';
  if (score <= 3) return 'mild';
  if (score <= 6) return 'moderate';
  return 'severe';
}
export const MEANINGFUL_PAIN_CHANGE = 2;

/** The red-flag answers that were "yes". */
export function positiveRedFlags(answers: Partial<Record<RedFlagId, boolean>>): RedFlagId[] {
  return RED_FLAG_IDS.filter((id) => answers[id] === true);
}

/** The handout's "stop and see a doctor" list, written to the client. */
export const RED_FLAGS_FOR_CLIENTS = [
  'Numbness, tingling or weakness in your arms or hands',
  'Pain that began after a fall, an accident or another injury',
  'Dizziness, sudden falls, double vision, trouble speaking or swallowing, or feeling sick',
  'New, severe pain on one side of your neck or head',
  'Fever, night sweats or weight loss you cannot explain, or if you have had cancer',
  'Clumsy hands or unsteady walking',
  'Pain that keeps getting worse even when you rest',
] as const;

/** Printed under the client's points to press (the chart's caution zones never get one). */
export const POINT_CAUTION_FOR_CLIENTS =
  'Press firmly but never past about 7 out of 10, and let go if the spot does not ease. Never press on the ' +
  'front of your neck. Stop if you feel sharp pain, tingling or numbness.';

/**
 * Muscles a client is not given to press at home: the big blood vessels and nerves of the neck run
 * beside or under them.
 */
export function notForSelfPressure(muscle: string | null): boolean {
  return muscle !== null && (muscle.startsWith('Sternocleidomastoid') || muscle === 'Scalenes');
}
