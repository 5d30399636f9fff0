/**
 * Home care as it crosses the API: the illustrations the project draws, the plan of a session
 * (exercises with their doses, the client's own points to press, a note, the next visit), and the
 * snapshot a handout keeps so it can be printed again exactly as given. Pure zod and TypeScript:
 * the renderer imports this file.
 */
import { z } from 'zod';
import type { ChartMark, ViewId } from './chart-schema';

/** Said when a handout is asked of a plan with nothing in it. */
export const EMPTY_PLAN_MESSAGE = 'The home-care plan is empty. Add an exercise or a point to press first.';

/** Line drawings shipped with Knotbook (renderer/components/exercises/illustrations/). */
export const ILLUSTRATION_IDS = [
  'suboccipital-press',
  'ball-wall',
  'foam-roller-neck',
  'chin-tuck',
  'upper-trap-side-bend',
  'levator-stretch',
  'scalene-stretch',
  'doorway-pec-stretch',
  'shoulder-rolls',
  'movement-break',
  'trap-pincer',
  'ball-glute',
  'ql-side-stretch',
  'thoracic-extension',
] as const;
export type IllustrationId = (typeof ILLUSTRATION_IDS)[number];

const id = z.uuid({ error: 'is not valid' });
const count = (max: number) => z.int().min(0).max(max).nullable();
const words = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/** A dose: all optional, in the units a client reads ("hold 30 s, 3 times, 2 sets, 4 times a day"). */
export const doseSchema = {
  holdSeconds: count(3600),
  repetitions: count(100),
  sets: count(20),
  timesPerDay: count(24),
};

export const exerciseFieldsSchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(120, 'must be at most 120 characters'),
  bodyRegion: words(80).optional(),
  targetMuscles: z.array(z.string().trim().min(1).max(80)).max(20).optional(),
  steps: z.array(z.string().trim().min(1, 'cannot be empty').max(500)).max(20).optional(),
  cautions: words(2000).optional(),
  illustration: z.enum(ILLUSTRATION_IDS).nullable().optional(),
  holdSeconds: doseSchema.holdSeconds.optional(),
  repetitions: doseSchema.repetitions.optional(),
  sets: doseSchema.sets.optional(),
  timesPerDay: doseSchema.timesPerDay.optional(),
});
export type ExerciseFields = z.input<typeof exerciseFieldsSchema>;

export const planItemSchema = z.strictObject({
  exerciseId: id,
  ...doseSchema,
  note: words(500),
});

/** One of the session's points the client is shown to press themselves. */
export const planPointSchema = z.strictObject({
  markId: id,
  holdSeconds: count(600),
  timesPerDay: count(24),
});

/** The whole plan of a session, saved at once (it replaces what was there). */
export const homeCareSaveSchema = z.strictObject({
  sessionId: id,
  items: z.array(planItemSchema).max(40),
  points: z.array(planPointSchema).max(40),
  note: words(2000),
  /** The next appointment, ISO-8601 with a zone, or null. */
  nextVisitAt: z.iso.datetime({ offset: true, error: 'must be a date and time' }).nullable(),
});

export type PlanItem = z.output<typeof planItemSchema>;
export type PlanPoint = z.output<typeof planPointSchema>;

export interface HomeCarePlan {
  sessionId: string;
  /** False once the session is signed: the plan is locked with it. */
  editable: boolean;
  items: (PlanItem & { position: number })[];
  points: PlanPoint[];
  note: string;
  nextVisitAt: string | null;
  /** The muscles charted in this session, for suggestions (exercises for them come first). */
  chartedMuscles: string[];
}

/** Everything a handout shows, kept as it was given so it can be printed again the same. */
export interface HandoutContent {
  version: 1;
  paperSize: 'letter' | 'a4';
  practice: { name: string; address: string; phone: string; email: string };
  practitioner: { name: string; credentials: string };
  clientName: string;
  sessionStartedAt: string;
  givenAt: string;
  exercises: {
    name: string;
    illustration: IllustrationId | null;
    targetMuscles: string[];
    steps: string[];
    cautions: string;
    holdSeconds: number | null;
    repetitions: number | null;
    sets: number | null;
    timesPerDay: number | null;
    note: string;
  }[];
  points: {
    markId: string;
    kind: ChartMark['kind'];
    activity: 'active' | 'latent' | null;
    viewId: ViewId;
    artworkVersion: number;
    x: number;
    y: number;
    muscle: string | null;
    side: 'left' | 'right' | 'midline' | null;
    holdSeconds: number | null;
    timesPerDay: number | null;
  }[];
  note: string;
  nextVisitAt: string | null;
  /** How to press the points safely, in the words it was given with. */
  pointCaution: string;
  /** The "stop and see a doctor" list, in the words it was given with. */
  redFlags: string[];
}
