/** Types and therapist-facing messages shared by the chart model's modules. */
import type { ChartMark, ChartZone } from '../../../db/api/chart-schema';
import type { ChartArtwork } from './artwork-port';

/** A command's answer: what it made, or why nothing changed (in plain words for the therapist). */
export type CommandResult<T extends object = object> = ({ ok: true } & T) | { ok: false; message: string };

/**
 * Where a point carried from the previous visit stands: still present (a live mark of this chart
 * is on its site), resolved (recorded through the API), or waiting to be re-assessed.
 */
export type CarriedState = 'waiting' | 'present' | 'resolved';

/** The placing tools of the chart toolbar (select, zone and erase tools call other commands). */
export type MarkTool = 'active' | 'latent' | 'satellite' | 'tender' | 'note';

/** Why a mark carries a warning: it is in a caution zone, or in one with firm pressure. */
export type Caution = 'zone' | 'pressure';

/**
 * The fields of a mark the details panel edits. Position, kind and links have their own commands;
 * the site is set when the mark is made (a new site, or a point carried from the last visit).
 */
export type MarkPatch = Partial<
  Omit<ChartMark, 'id' | 'siteId' | 'kind' | 'viewId' | 'artworkVersion' | 'x' | 'y' | 'parentMarkId' | 'deleted'>
>;

/** The fields of a referral zone that can be changed after drawing it. */
export type ZonePatch = Partial<Pick<ChartZone, 'markId' | 'points' | 'shape' | 'pattern'>>;

/** One record changed by a command; `before: null` means the command created it. */
export type Change =
  | { type: 'mark'; id: string; before: ChartMark | null; after: ChartMark | null }
  | { type: 'zone'; id: string; before: ChartZone | null; after: ChartZone | null };

/** One undo step: every record one command changed. */
export type Step = readonly Change[];

/** What deleting a primary trigger point does with its satellites. */
export type DeleteMode = 'with-dependants' | 'keep-satellites';

export interface ChartModelOptions {
  artwork: ChartArtwork;
  /** Makes record ids (UUIDv7 in the app). */
  newId: () => string;
  /** Clock used to merge quick repeated edits into one undo step; Date.now by default. */
  now?: () => number;
}

/** The ids of records changed by finished edits and not yet handed to the saver. */
export interface DirtyIds {
  marks: string[];
  zones: string[];
}

export const MESSAGES = {
  readOnly: 'This session is signed, so its chart can no longer be changed.',
  dragging: 'Finish moving the mark first.',
  offBody: 'Place marks on the body outline.',
  satelliteNeedsPrimary: 'Select the primary trigger point first, then place its satellite.',
  zoneTooFewPoints: 'A referral zone needs at least 3 points.',
  zoneOffChart: 'Draw the referral zone on the chart.',
  zoneOwner: 'A referral zone belongs to a trigger point or a satellite.',
  noMark: 'That mark is no longer on the chart.',
  noZone: 'That referral zone is no longer on the chart.',
  notDragging: 'That mark is not being moved.',
  linkSelf: 'A satellite cannot be linked to itself.',
  linkToSatellite: 'That mark is itself a satellite. Link this one to its primary trigger point instead.',
  linkToNonTrigger: 'A satellite can only be linked to a trigger point.',
  linkKind: 'Only a trigger point can become a satellite.',
  linkHasSatellites: 'This trigger point has satellites of its own, so it cannot become a satellite.',
  notSatellite: 'That mark is not a satellite.',
  activityKind: 'Only trigger points and satellites are active or latent.',
  notCarried: 'That point was not carried over from the last visit.',
  alreadyCharted: 'That point is already charted as still present at this visit.',
  carriedResolved: 'That point is recorded as resolved. Undo "resolved" first to chart it as still present.',
  nothingToUndo: 'There is nothing to undo.',
  nothingToRedo: 'There is nothing to redo.',
} as const;
