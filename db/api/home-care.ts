/**
 * Home care as it crosses the API: the illustrations the project draws, the plan of a session
 * (exercises with their doses, the client's own points to press, a note, the next visit), and the
 * snapshot a handout keeps so it can be printed again exactly as given. Pure zod and TypeScript:
 * the renderer imports this file.
 */
import { z } from 'zod';
import { VIEW_IDS, ZONE_PATTERNS, type ChartMark, type ViewId } from './chart-schema';

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

/** Said when a handout's referral patterns name a muscle and side that none of its points has. */
export const REFERRAL_POINTS_MESSAGE = 'The referral patterns on a handout must belong to its points.';

/**
 * A point's or a referral zone's muscle and side as one key: a handout's referral zones must
 * belong to its points (checked by handouts.create), and the sheet numbers each picture by it.
 */
export const muscleSideKey = (z: { muscle: string | null; side: string | null }): string =>
  `${z.muscle ?? ''}\n${z.side ?? ''}`;

/** The most corners one referral zone's outline may have, and the most zones one handout may carry. */
export const REFERRAL_LIMITS = { corners: 400, zones: 300, label: 80 } as const;

const isCorner = (c: unknown): c is [number, number] =>
  Array.isArray(c) && c.length === 2 && c.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1);

/**
 * One referral zone of the atlas, copied onto a handout: the muscle and side it belongs to, the
 * view it is drawn on, and its outline (x, y in 0..1 of the view's box). The place name and the
 * outline are checked as a whole zone, so a refusal reads "Referral zones must…" (they have no
 * field label of their own).
 */
export const handoutReferralZoneSchema = z
  .strictObject({
    muscle: words(80).min(1, 'is required'),
    side: z.enum(['left', 'right']),
    viewId: z.enum(VIEW_IDS),
    pattern: z.enum(ZONE_PATTERNS),
    label: z.custom<string>(),
    polygon: z.custom<[number, number][]>(),
  })
  .check((ctx) => {
    const { label, polygon } = ctx.value as { label: unknown; polygon: unknown };
    const issue = (message: string) => ctx.issues.push({ code: 'custom', input: ctx.value, message });
    if (typeof label !== 'string' || label.trim() === '' || label.length > REFERRAL_LIMITS.label) {
      issue(`must each name their place in 1 to ${REFERRAL_LIMITS.label} characters`);
    }
    if (!Array.isArray(polygon) || polygon.length < 3 || polygon.length > REFERRAL_LIMITS.corners) {
      issue(`must each have an outline of 3 to ${REFERRAL_LIMITS.corners} corners`);
    } else if (!polygon.every(isCorner)) {
      issue('must lie on the picture: each corner a pair of numbers from 0 to 1');
    }
  });

/** The atlas's referral patterns a handout shows beside the client's points (their muscles and sides). */
export const handoutReferralSchema = z.strictObject({
  /** The atlas drawing the zones were copied from (renderer/chart/atlas, ATLAS_VERSION). */
  atlasVersion: z.int().min(1),
  zones: z.array(handoutReferralZoneSchema).max(REFERRAL_LIMITS.zones),
});
export type HandoutReferral = z.output<typeof handoutReferralSchema>;

export type PlanItem = z.output<typeof planItemSchema>;
export type PlanPoint = z.output<typeof planPointSchema>;

/**
 * An exercise as a plan shows it: its words and drawing from the library. A draft's plan shows
 * the library as it is now; a signed session's shows them as they were when it was signed.
 */
export interface PlanExercise {
  exerciseId: string;
  name: string;
  illustration: IllustrationId | null;
  targetMuscles: string[];
  steps: string[];
  cautions: string;
}

/**
 * What signing keeps of the home-care plan (inside sessions.signed_record): the exercises as the
 * plan showed them, so renaming or editing an exercise later does not change a signed plan. The
 * doses, notes and points are the plan's own rows, locked with the session.
 */
export interface SignedHomeCare {
  exercises: PlanExercise[];
}

export interface HomeCarePlan {
  sessionId: string;
  /** False once the session is signed: the plan is locked with it. */
  editable: boolean;
  items: (PlanItem & { position: number })[];
  /** The exercise of each item, in the items' order, as this plan shows it (see PlanExercise). */
  exercises: PlanExercise[];
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
  /**
   * Where the points' pain is often felt, from the referral atlas, when the therapist chose to
   * show it. The zones themselves are kept, so the sheet prints again the same after the atlas
   * changes. Absent on sheets without it (and on every sheet recorded before it existed).
   */
  referral?: HandoutReferral | null;
}
