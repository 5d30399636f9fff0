/**
 * The body chart's records as they cross the API: marks and referral zones, with positions
 * normalised to their view (x, y in 0..1 of the view's artwork box) plus the view id and the
 * artwork version they were placed on. Shared by the API (validation) and the renderer (the
 * chart model works on these same records). Pure zod: the renderer imports this file.
 */
import { z } from 'zod';

export const VIEW_IDS = [
  'anterior',
  'posterior',
  'left-lateral',
  'right-lateral',
  'head-neck-posterior',
  'head-neck-left',
  'head-neck-right',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const MARK_KINDS = ['trigger_point', 'satellite', 'tender_point', 'note_pin'] as const;
export const SIDES = ['left', 'right', 'midline'] as const;
export type Side = (typeof SIDES)[number];
export const TECHNIQUES = ['ischemic_compression', 'pin_and_stretch', 'stripping', 'cross_fibre', 'other'] as const;
export type Technique = (typeof TECHNIQUES)[number];
export const RELEASES = ['none', 'partial', 'full'] as const;
export const ZONE_PATTERNS = ['essential', 'spillover'] as const;
export const ZONE_SHAPES = ['polygon', 'freehand'] as const;

/** Pressure at or above this (client's discomfort, 0-10) in a caution zone is warned about. */
export const CAUTION_PRESSURE = 5;

const recordId = z.uuid({ error: 'is not valid' });
const unit = z.number().min(0, 'must be on the chart').max(1, 'must be on the chart');
const score = z.int().min(0).max(10).nullable();
const yesNo = z.boolean().nullable();

export const chartMarkSchema = z
  .strictObject({
    id: recordId,
    kind: z.enum(MARK_KINDS),
    activity: z.enum(['active', 'latent']).nullable(),
    viewId: z.enum(VIEW_IDS),
    artworkVersion: z.int().min(1),
    x: unit,
    y: unit,
    muscle: z.string().trim().max(80, 'must be at most 80 characters').nullable(),
    side: z.enum(SIDES).nullable(),
    parentMarkId: recordId.nullable(),
    pressure: score,
    pressureKgCm2: z.number().min(0).max(20).nullable(),
    /** Pressure pain threshold, kg/cm². */
    pptKgCm2: z.number().min(0).max(20).nullable(),
    /**
     * The trigger-point site this mark belongs to across visits: its own id for a new point, or the
     * site of a point carried from the previous visit and found still present.
     */
    siteId: recordId,
    holdSeconds: z.int().min(0).max(3600).nullable(),
    repetitions: z.int().min(0).max(100).nullable(),
    technique: z.enum(TECHNIQUES).nullable(),
    tenderness: score,
    tendernessAfter: score,
    jumpSign: yesNo,
    twitchResponse: yesNo,
    referredPainReproduced: yesNo,
    referredPainWhere: z.string().trim().max(200, 'must be at most 200 characters'),
    release: z.enum(RELEASES).nullable(),
    note: z.string().trim().max(2000, 'must be at most 2000 characters'),
    /** Soft delete: a deleted mark stays in the file and can be brought back by undo. */
    deleted: z.boolean(),
  })
  // What the chart itself never makes, refused in words before the database's own checks.
  .refine((mark) => mark.parentMarkId === null || mark.kind === 'satellite', {
    error: 'can only be given for a satellite',
    path: ['parentMarkId'],
  })
  .refine((mark) => mark.activity === null || mark.kind === 'trigger_point' || mark.kind === 'satellite', {
    error: 'is only recorded for trigger points and satellites',
    path: ['activity'],
  });
export type ChartMark = z.output<typeof chartMarkSchema>;

/** A new mark's findings: nothing recorded yet. */
export const UNRECORDED_FINDINGS = {
  pressure: null,
  pressureKgCm2: null,
  pptKgCm2: null,
  holdSeconds: null,
  repetitions: null,
  technique: null,
  tenderness: null,
  tendernessAfter: null,
  jumpSign: null,
  twitchResponse: null,
  referredPainReproduced: null,
  referredPainWhere: '',
  release: null,
  note: '',
} as const satisfies Partial<ChartMark>;

export const chartZoneSchema = z.strictObject({
  id: recordId,
  markId: recordId,
  viewId: z.enum(VIEW_IDS),
  artworkVersion: z.int().min(1),
  shape: z.enum(ZONE_SHAPES),
  points: z
    .array(z.tuple([unit, unit]))
    .min(3, 'needs at least 3 points')
    .max(4000),
  pattern: z.enum(ZONE_PATTERNS),
  deleted: z.boolean(),
});
export type ChartZone = z.output<typeof chartZoneSchema>;

/** A record as saved, with the version the server holds (it goes up by one with every save). */
export type Versioned<T> = T & { version: number };

/**
 * A point from the previous visit offered to re-assess. It is "still present" when the chart has
 * a live mark on its site, "resolved" when `resolvedAt` is set, and waiting otherwise.
 */
export interface CarriedPoint {
  siteId: string;
  fromMarkId: string;
  fromSessionId: string;
  fromStartedAt: string;
  /** Last visit's primary trigger point, when the carried point was a satellite. */
  fromParentMarkId: string | null;
  kind: ChartMark['kind'];
  activity: ChartMark['activity'];
  viewId: ViewId;
  artworkVersion: number;
  x: number;
  y: number;
  muscle: string | null;
  side: Side | null;
  /** Last visit's findings, shown beside the new ones. */
  tenderness: number | null;
  tendernessAfter: number | null;
  pptKgCm2: number | null;
  resolvedAt: string | null;
}

export interface ChartSnapshot {
  sessionId: string;
  /** False once the session is signed: the chart is then read-only. */
  editable: boolean;
  marks: Versioned<ChartMark>[];
  zones: Versioned<ChartZone>[];
  /** The previous visit's points, to re-assess. */
  carried: CarriedPoint[];
}

/**
 * One save: the full current state of each changed record, with the version the editor last
 * saw (`baseVersion`, 0 for a new record). A record whose saved version has moved on since is
 * a concurrent edit from another window: the whole save is refused with 'conflict'.
 */
export const chartSaveSchema = z.strictObject({
  sessionId: recordId,
  marks: z.array(z.strictObject({ record: chartMarkSchema, baseVersion: z.int().min(0) })).max(5000),
  zones: z.array(z.strictObject({ record: chartZoneSchema, baseVersion: z.int().min(0) })).max(5000),
});

export interface ChartSaveResult {
  /** The new saved version of every record in the save, by id. */
  versions: Record<string, number>;
}
