/**
 * The columns of each table in the export format (format.ts), in the database's order, each with
 * the type and limits the database gives it (see format-values.ts for the wording).
 */
import { z } from 'zod';
import { MARK_KINDS, RELEASES, TECHNIQUES, ZONE_PATTERNS, ZONE_SHAPES } from '../api/chart-schema';
import { ILLUSTRATION_IDS } from '../api/home-care';
import {
  auditChangesValue,
  chainHash,
  flag,
  handoutContentValue,
  instant,
  int,
  maybeDate,
  maybeFlag,
  maybeInstant,
  maybeInt,
  maybeNumber,
  maybeOneOf,
  maybeRecordId,
  maybeText,
  ndiValue,
  nonEmptyText,
  number,
  oneOf,
  perpetuatingFactorsValue,
  recordId,
  redFlagsValue,
  says,
  side,
  signedRecordValue,
  stepsValue,
  targetMusclesValue,
  text,
  viewId,
  zonePointsValue,
} from './format-values';

// ---------------------------------------------------------------------------------------------
// The columns of each table, in the database's order.

export const clientColumns = {
  id: recordId(),
  given_name: nonEmptyText(),
  family_name: text(),
  date_of_birth: maybeDate(),
  phone: text(),
  email: text(),
  address: text(),
  health_history: text(),
  contraindications: text(),
  archived: flag(),
  created_at: instant(),
  updated_at: instant(),
};

export const sessionColumns = {
  id: recordId(),
  client_id: recordId(),
  started_at: instant(),
  duration_minutes: int(1, 1440),
  subjective: text(),
  objective: text(),
  assessment: text(),
  plan: text(),
  pain_before: maybeInt(0, 10),
  pain_after: maybeInt(0, 10),
  status: oneOf(['draft', 'signed']),
  signed_by: maybeText(),
  signed_at: maybeInstant(),
  created_at: instant(),
  updated_at: instant(),
  rom_flexion: maybeInt(0, 180),
  rom_extension: maybeInt(0, 180),
  rom_lateral_flexion_left: maybeInt(0, 180),
  rom_lateral_flexion_right: maybeInt(0, 180),
  rom_rotation_left: maybeInt(0, 180),
  rom_rotation_right: maybeInt(0, 180),
  red_flags: redFlagsValue(),
  red_flags_screened_at: maybeInstant(),
  referral_alert_at: maybeInstant(),
  perpetuating_factors: perpetuatingFactorsValue(),
  signed_record: signedRecordValue(),
  home_care_note: text(),
  next_visit_at: maybeInstant(),
  ndi: ndiValue(),
  ndi_at: maybeInstant(),
};

export const markColumns = {
  id: recordId(),
  session_id: recordId(),
  kind: oneOf(MARK_KINDS),
  view_id: viewId(),
  artwork_version: int(1),
  x: number(0, 1),
  y: number(0, 1),
  muscle: maybeText(),
  activity: maybeOneOf(['active', 'latent']),
  parent_mark_id: maybeRecordId(),
  pressure: maybeInt(0, 10),
  hold_seconds: maybeInt(0, 3600),
  repetitions: maybeInt(0, 100),
  technique: oneOf(['', ...TECHNIQUES]),
  tenderness: maybeInt(0, 10),
  jump_sign: maybeFlag(),
  twitch_response: maybeFlag(),
  referred_pain_reproduced: maybeFlag(),
  referred_pain_where: text(),
  release: maybeOneOf(RELEASES),
  tenderness_after: maybeInt(0, 10),
  note: text(),
  version: int(1),
  deleted_at: maybeInstant(),
  created_at: instant(),
  updated_at: instant(),
  side: side(),
  pressure_kg_cm2: maybeNumber(0, 20),
  site_id: recordId(),
  ppt_kg_cm2: maybeNumber(0, 20),
};

export const referralZoneColumns = {
  id: recordId(),
  mark_id: recordId(),
  view_id: viewId(),
  artwork_version: int(1),
  shape: oneOf(ZONE_SHAPES),
  points: zonePointsValue(),
  pattern: oneOf(ZONE_PATTERNS),
  version: int(1),
  deleted_at: maybeInstant(),
  created_at: instant(),
  updated_at: instant(),
};

export const reassessmentColumns = {
  session_id: recordId(),
  site_id: recordId(),
  from_mark_id: recordId(),
  resolved_at: maybeInstant(),
};

export const exerciseColumns = {
  id: recordId(),
  name: nonEmptyText(),
  body_region: text(),
  target_muscles: targetMusclesValue(),
  steps: stepsValue(),
  cautions: text(),
  hold_seconds: maybeInt(0),
  repetitions: maybeInt(0),
  sets: maybeInt(0),
  times_per_day: maybeInt(0),
  /** Knotbook's own exercises are never exported: every Knotbook database has them. */
  built_in: z.literal(0, {
    error: says('must be 0: Knotbook’s built-in exercises are not exported, every copy of Knotbook has them'),
  }),
  hidden: flag(),
  retired_at: maybeInstant(),
  created_at: instant(),
  updated_at: instant(),
  illustration: maybeOneOf(ILLUSTRATION_IDS),
};

export const planItemColumns = {
  id: recordId(),
  session_id: recordId(),
  exercise_id: recordId(),
  position: int(),
  hold_seconds: maybeInt(0),
  repetitions: maybeInt(0),
  sets: maybeInt(0),
  times_per_day: maybeInt(0),
  note: text(),
  created_at: instant(),
  updated_at: instant(),
};

export const pointColumns = {
  session_id: recordId(),
  mark_id: recordId(),
  position: int(),
  hold_seconds: maybeInt(0, 600),
  times_per_day: maybeInt(0, 24),
};

export const handoutColumns = {
  id: recordId(),
  session_id: recordId(),
  given_at: instant(),
  format: oneOf(['print', 'pdf']),
  paper_size: oneOf(['letter', 'a4']),
  file_name: maybeText(),
  content: handoutContentValue(),
};

export const amendmentColumns = {
  id: recordId(),
  session_id: recordId(),
  reason: nonEmptyText(),
  body: text(),
  created_at: instant(),
  signed_by: maybeText(),
  signed_at: maybeInstant(),
};

export const auditColumns = {
  /** The exporting database's number; an import appends entries with numbers of its own. */
  id: int(1),
  at: instant(),
  actor: text(),
  action: oneOf(['create', 'update', 'archive', 'restore', 'sign', 'amend', 'delete']),
  entity: text(),
  entity_id: text(),
  client_id: maybeText(),
  changes: auditChangesValue(),
  /** The chain (format 3 on): the hash of the entry before it in the exporting database, and its own. */
  prev_hash: chainHash(),
  hash: chainHash(),
};

/**
 * The therapist's choices about Knotbook's built-in exercises (format 3 on): whether each is
 * hidden, and when that was last changed. Their text is Knotbook's own and does not travel.
 */
export const builtInExerciseColumns = {
  id: recordId(),
  hidden: flag(),
  updated_at: instant(),
};

export const settingColumns = <K extends string, V extends z.ZodType>(key: K, value: V) => ({
  key: z.literal(key),
  value,
  updated_at: instant(),
});
