/**
 * Representative records for a database at any earlier schema version, written as plain rows.
 * Each group of rows is keyed by the schema version its records first belong to; a row also
 * lists the columns added to its table later (sessions.ndi at version 5, marks.side at 2, ...),
 * and `rowsFor(v, columnsOf)` leaves out the columns a table does not have at version v, so the
 * same rows fill a version 1 file and a version 6 file with only SQL valid for each.
 */
import { BUILT_IN_EXERCISES } from '../seed/exercises';

export type Row = Record<string, string | number | null>;

export interface FixtureGroup {
  /** The first schema version these rows apply to. */
  since: number;
  table: string;
  rows: Row[];
}

/** The columns that identify a row (audit_log is compared by its other columns: version 7 renumbers it). */
export const KEYS: Record<string, readonly string[]> = {
  reassessments: ['session_id', 'site_id'],
  home_care_points: ['session_id', 'mark_id'],
  settings: ['key'],
  audit_log: [],
};
export const keyOf = (table: string): readonly string[] => KEYS[table] ?? ['id'];

/** A valid UUIDv7-shaped id, distinct from Knotbook's built-in exercises. */
const id = (n: number) => `0190b000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const at = (day: string, time = '15:00:00') => `2025-${day}T${time}.000Z`;

export const C1 = id(101);
const C2 = id(102);
export const S1 = id(201);
export const S2 = id(202);
const M1 = id(301);
const M2 = id(302);
const M3 = id(303);
const M4 = id(304);
const M5 = id(305);
const M6 = id(306);
const E1 = id(501);
const E2 = id(502);
const BUILT_IN = (BUILT_IN_EXERCISES[0] as { id: string }).id;

const json = (value: unknown) => JSON.stringify(value);
const PRACTITIONER = { name: 'Jo Park', credentials: 'RMT', registration: 'M-4417' };
const PRACTICE = {
  name: 'Harbour Street Massage',
  address: '12 Harbour St',
  phone: '555 0100',
  email: 'jo@example.org',
};
const NO_FLAGS = {
  arm_numbness: false,
  trauma: false,
  neuro: false,
  new_severe_pain: false,
  systemic: false,
  coordination: false,
  worse_with_rest: false,
};

const session = (row: Row): Row => ({
  duration_minutes: 60,
  subjective: '',
  objective: '',
  assessment: '',
  plan: '',
  pain_before: null,
  pain_after: null,
  status: 'draft',
  signed_by: null,
  signed_at: null,
  rom_flexion: null,
  rom_extension: null,
  rom_lateral_flexion_left: null,
  rom_lateral_flexion_right: null,
  rom_rotation_left: null,
  rom_rotation_right: null,
  red_flags: '{}',
  red_flags_screened_at: null,
  referral_alert_at: null,
  perpetuating_factors: '[]',
  signed_record: null,
  home_care_note: '',
  next_visit_at: null,
  ndi: null,
  ndi_at: null,
  ...row,
});

const mark = (row: Row): Row => ({
  view_id: 'posterior',
  artwork_version: 1,
  muscle: null,
  activity: null,
  parent_mark_id: null,
  pressure: null,
  hold_seconds: null,
  repetitions: null,
  technique: '',
  tenderness: null,
  jump_sign: null,
  twitch_response: null,
  referred_pain_reproduced: null,
  referred_pain_where: '',
  release: null,
  tenderness_after: null,
  note: '',
  version: 1,
  deleted_at: null,
  side: null,
  pressure_kg_cm2: null,
  ppt_kg_cm2: null,
  site_id: row.id ?? null,
  ...row,
});

const zone = (row: Row): Row => ({
  view_id: 'posterior',
  artwork_version: 1,
  shape: 'polygon',
  points: json([
    [0.6, 0.05],
    [0.66, 0.08],
    [0.63, 0.12],
  ]),
  pattern: 'essential',
  version: 1,
  deleted_at: null,
  created_at: at('01-10', '15:12:00'),
  updated_at: at('01-10', '15:12:00'),
  ...row,
});

const audit = (
  uuid: number,
  when: string,
  action: string,
  entity: string,
  entityId: string,
  client: string | null,
  changes: string[] = [],
): Row => ({
  id: id(uuid),
  at: when,
  actor: 'Jo Park',
  action,
  entity,
  entity_id: entityId,
  client_id: client,
  changes: json(changes),
});

const HANDOUT_CONTENT = {
  version: 1,
  paperSize: 'a4',
  practice: PRACTICE,
  practitioner: { name: PRACTITIONER.name, credentials: PRACTITIONER.credentials },
  clientName: 'Ann Lee',
  sessionStartedAt: at('01-10'),
  givenAt: at('01-10', '16:05:00'),
  exercises: [
    {
      name: 'Towel neck stretch',
      illustration: 'chin-tuck',
      targetMuscles: ['Upper trapezius'],
      steps: ['Sit tall.', 'Pull the towel gently forward.'],
      cautions: 'Stop if your arm tingles.',
      holdSeconds: 30,
      repetitions: 3,
      sets: 1,
      timesPerDay: 2,
      note: 'After a warm shower.',
    },
  ],
  points: [
    {
      markId: M1,
      kind: 'trigger_point',
      activity: 'active',
      viewId: 'posterior',
      artworkVersion: 1,
      x: 0.62,
      y: 0.19,
      muscle: 'Upper trapezius',
      side: 'right',
      holdSeconds: 30,
      timesPerDay: 3,
    },
  ],
  note: 'Heat before the stretches.',
  nextVisitAt: at('01-24'),
  pointCaution: 'Press gently; stop if it hurts more than a little.',
  redFlags: ['New numbness in your arms'],
};

/** In insertion order: parents before the rows that point at them. */
export const FIXTURES: FixtureGroup[] = [
  {
    since: 1,
    table: 'clients',
    rows: [
      {
        id: C1,
        given_name: 'Ann',
        family_name: 'Lee',
        date_of_birth: '1980-04-02',
        phone: '555 0101',
        email: 'ann@example.org',
        address: '3 Elm Road',
        health_history: 'Desk job; whiplash in 2019.',
        contraindications: 'Blood thinners: light pressure only.',
        archived: 0,
        created_at: at('01-09'),
        updated_at: at('01-09'),
      },
      {
        id: C2,
        given_name: 'Ben',
        family_name: 'Okafor',
        date_of_birth: null,
        phone: '',
        email: '',
        address: '',
        health_history: '',
        contraindications: '',
        archived: 1,
        created_at: at('01-09', '16:00:00'),
        updated_at: at('03-01'),
      },
    ],
  },
  {
    since: 1,
    table: 'sessions',
    rows: [
      session({
        id: S1,
        client_id: C1,
        started_at: at('01-10'),
        duration_minutes: 75,
        subjective: 'Neck stiff after long drives.',
        objective: 'Turning right is limited.',
        assessment: 'Active points in the right upper trapezius.',
        plan: 'Weekly for three weeks.',
        pain_before: 6,
        pain_after: 3,
        rom_flexion: 50,
        rom_extension: 60,
        rom_lateral_flexion_left: 35,
        rom_lateral_flexion_right: 40,
        rom_rotation_left: 65,
        rom_rotation_right: 55,
        red_flags: json(NO_FLAGS),
        red_flags_screened_at: at('01-10', '15:02:00'),
        perpetuating_factors: json(['forward_head', 'long_sitting']),
        home_care_note: 'Heat before the stretches.',
        next_visit_at: at('01-24'),
        ndi: json([1, 2, 1, 0, 2, 1, null, 1, 2, 1]),
        ndi_at: at('01-10', '15:04:00'),
        created_at: at('01-10'),
        updated_at: at('01-10', '16:00:00'),
      }),
    ],
  },
  {
    since: 1,
    table: 'marks',
    rows: [
      mark({
        id: M1,
        session_id: S1,
        kind: 'trigger_point',
        x: 0.62,
        y: 0.19,
        muscle: 'Upper trapezius',
        activity: 'active',
        pressure: 5,
        hold_seconds: 90,
        repetitions: 3,
        technique: 'ischemic_compression',
        tenderness: 7,
        jump_sign: 1,
        twitch_response: 0,
        referred_pain_reproduced: 1,
        referred_pain_where: 'Behind the right ear and the temple',
        release: 'partial',
        tenderness_after: 3,
        note: 'Eased with slow breathing.',
        version: 4,
        side: 'right',
        pressure_kg_cm2: 3.5,
        ppt_kg_cm2: 2.75,
        created_at: at('01-10', '15:10:00'),
        updated_at: at('01-10', '15:30:00'),
      }),
      mark({
        id: M2,
        session_id: S1,
        kind: 'satellite',
        x: 0.58,
        y: 0.27,
        muscle: 'Levator scapulae',
        activity: 'latent',
        parent_mark_id: M1,
        tenderness: 4,
        side: 'right',
        created_at: at('01-10', '15:11:00'),
        updated_at: at('01-10', '15:11:00'),
      }),
      mark({
        id: M3,
        session_id: S1,
        kind: 'tender_point',
        x: 0.4,
        y: 0.33,
        version: 2,
        deleted_at: at('01-10', '15:20:00'),
        side: 'left',
        created_at: at('01-10', '15:13:00'),
        updated_at: at('01-10', '15:20:00'),
      }),
      mark({
        id: M4,
        session_id: S1,
        kind: 'note_pin',
        view_id: 'head-neck-right',
        artwork_version: 2,
        x: 0.5,
        y: 0.45,
        note: 'Old scar: avoid deep work.',
        side: 'midline',
        created_at: at('01-10', '15:14:00'),
        updated_at: at('01-10', '15:14:00'),
      }),
    ],
  },
  {
    since: 1,
    table: 'referral_zones',
    rows: [
      zone({ id: id(401), mark_id: M1 }),
      zone({
        id: id(402),
        mark_id: M2,
        shape: 'freehand',
        pattern: 'spillover',
        points: json([
          [0.5, 0.1],
          [0.55, 0.14],
          [0.52, 0.2],
          [0.49, 0.18],
        ]),
      }),
      zone({ id: id(403), mark_id: M1, version: 2, deleted_at: at('01-10', '15:25:00') }),
    ],
  },
  {
    since: 1,
    table: 'audit_log',
    // Ids out of order and two entries in the same millisecond: the log is listed by time, then id.
    rows: [
      audit(905, at('01-09'), 'create', 'client', C1, C1),
      audit(903, at('01-10'), 'create', 'session', S1, C1),
      audit(904, at('01-10'), 'update', 'session', S1, C1, ['subjective', 'painBefore']),
      audit(902, at('01-10', '15:10:00'), 'create', 'mark', M1, C1),
      audit(901, at('01-10', '15:11:00'), 'create', 'mark', M2, C1),
      audit(906, at('01-10', '15:12:00'), 'create', 'referral_zone', id(401), C1),
      audit(907, at('01-10', '15:20:00'), 'delete', 'mark', M3, C1, ['deletedAt']),
      audit(908, at('03-01'), 'archive', 'client', C2, C2),
    ],
  },
  {
    since: 3,
    table: 'sessions',
    rows: [
      session({
        id: S2,
        client_id: C1,
        started_at: at('02-14'),
        subjective: 'Fell on the ice last week; neck worse since.',
        pain_before: 8,
        pain_after: 6,
        rom_rotation_right: 40,
        red_flags: json({ ...NO_FLAGS, trauma: true }),
        red_flags_screened_at: at('02-14', '15:01:00'),
        referral_alert_at: at('02-14', '15:01:00'),
        perpetuating_factors: json(['stress']),
        status: 'signed',
        signed_by: PRACTITIONER.name,
        signed_at: at('02-14', '16:10:00'),
        signed_record: json({
          client: {
            givenName: 'Ann',
            familyName: 'Lee',
            dateOfBirth: '1980-04-02',
            contraindications: 'Blood thinners: light pressure only.',
          },
          practitioner: PRACTITIONER,
          practice: PRACTICE,
        }),
        ndi: json([3, 3, 2, 2, 3, 2, 2, 1, 3, 2]),
        ndi_at: at('02-14', '15:03:00'),
        created_at: at('02-14'),
        updated_at: at('02-14', '16:10:00'),
      }),
    ],
  },
  {
    since: 3,
    table: 'marks',
    rows: [
      // The same point as M1, found still present: it shares M1's site.
      mark({
        id: M5,
        session_id: S2,
        kind: 'trigger_point',
        x: 0.61,
        y: 0.2,
        muscle: 'Upper trapezius',
        activity: 'active',
        tenderness: 5,
        side: 'right',
        site_id: M1,
        ppt_kg_cm2: 3.25,
        created_at: at('02-14', '15:10:00'),
        updated_at: at('02-14', '15:10:00'),
      }),
      mark({
        id: M6,
        session_id: S2,
        kind: 'tender_point',
        x: 0.3,
        y: 0.6,
        side: 'left',
        created_at: at('02-14', '15:12:00'),
        updated_at: at('02-14', '15:12:00'),
      }),
    ],
  },
  {
    since: 3,
    table: 'reassessments',
    rows: [
      { session_id: S2, site_id: M1, from_mark_id: M1, resolved_at: null },
      { session_id: S2, site_id: M2, from_mark_id: M2, resolved_at: at('02-14', '15:15:00') },
    ],
  },
  {
    since: 3,
    table: 'amendments',
    rows: [
      {
        id: id(601),
        session_id: S2,
        reason: 'Left out the referral',
        body: 'Advised Ann to see her doctor about the fall before the next visit.',
        created_at: at('02-15'),
        signed_by: PRACTITIONER.name,
        signed_at: at('02-15'),
      },
    ],
  },
  {
    since: 3,
    table: 'settings',
    rows: [
      { key: 'practitioner', value: json(PRACTITIONER), updated_at: at('01-02') },
      { key: 'practice', value: json(PRACTICE), updated_at: at('01-02') },
      { key: 'quickPhrases', value: json([{ trigger: 'tn', text: 'Forward head posture' }]), updated_at: at('01-03') },
      { key: 'paperSize', value: json('a4'), updated_at: at('01-03') },
    ],
  },
  {
    since: 3,
    table: 'audit_log',
    rows: [
      audit(911, at('01-02'), 'update', 'settings', 'settings', null, ['practitioner', 'practice']),
      audit(912, at('02-14', '15:10:00'), 'create', 'mark', M5, C1),
      audit(913, at('02-14', '15:15:00'), 'update', 'reassessment', M2, C1, ['resolved']),
      audit(914, at('02-14', '16:10:00'), 'sign', 'session', S2, C1),
      audit(915, at('02-15'), 'amend', 'amendment', id(601), C1, ['reason', 'body']),
    ],
  },
  {
    since: 4,
    table: 'exercises',
    rows: [
      {
        id: E1,
        name: 'Towel neck stretch',
        body_region: 'Neck',
        target_muscles: json(['Upper trapezius']),
        steps: json(['Sit tall.', 'Pull the towel gently forward.']),
        cautions: 'Stop if your arm tingles.',
        hold_seconds: 30,
        repetitions: 3,
        sets: 1,
        times_per_day: 2,
        built_in: 0,
        hidden: 0,
        retired_at: null,
        illustration: 'chin-tuck',
        created_at: at('01-05'),
        updated_at: at('01-05'),
      },
      {
        id: E2,
        name: 'Old shoulder drill',
        body_region: 'Shoulder',
        target_muscles: '[]',
        steps: json(['Roll the shoulders back.']),
        cautions: '',
        hold_seconds: null,
        repetitions: 10,
        sets: 2,
        times_per_day: null,
        built_in: 0,
        hidden: 1,
        retired_at: at('01-20'),
        illustration: null,
        created_at: at('01-05'),
        updated_at: at('01-20'),
      },
    ],
  },
  {
    since: 4,
    table: 'home_care_plan_items',
    rows: [
      {
        id: id(701),
        session_id: S1,
        exercise_id: E1,
        position: 0,
        hold_seconds: 30,
        repetitions: 3,
        sets: 1,
        times_per_day: 2,
        note: 'After a warm shower.',
        created_at: at('01-10', '16:00:00'),
        updated_at: at('01-10', '16:00:00'),
      },
      {
        id: id(702),
        session_id: S1,
        exercise_id: BUILT_IN,
        position: 1,
        hold_seconds: null,
        repetitions: null,
        sets: null,
        times_per_day: 1,
        note: '',
        created_at: at('01-10', '16:01:00'),
        updated_at: at('01-10', '16:01:00'),
      },
    ],
  },
  {
    since: 4,
    table: 'home_care_points',
    rows: [
      { session_id: S1, mark_id: M1, position: 0, hold_seconds: 30, times_per_day: 3 },
      { session_id: S1, mark_id: M2, position: 1, hold_seconds: null, times_per_day: null },
    ],
  },
  {
    since: 4,
    table: 'handouts',
    rows: [
      {
        id: id(801),
        session_id: S1,
        given_at: at('01-10', '16:05:00'),
        format: 'pdf',
        paper_size: 'a4',
        file_name: 'Ann Lee home care.pdf',
        content: json(HANDOUT_CONTENT),
      },
      {
        id: id(802),
        session_id: S1,
        given_at: at('01-10', '16:06:00'),
        format: 'print',
        paper_size: 'letter',
        file_name: null,
        content: null,
      },
    ],
  },
  {
    since: 4,
    table: 'audit_log',
    rows: [
      audit(921, at('01-05'), 'create', 'exercise', E1, null),
      audit(922, at('01-10', '16:00:00'), 'update', 'home_care_plan', S1, C1, ['items', 'points']),
      audit(923, at('01-10', '16:05:00'), 'create', 'handout', id(801), C1),
    ],
  },
  {
    since: 5,
    table: 'audit_log',
    rows: [audit(931, at('02-14', '15:03:00'), 'update', 'session', S2, C1, ['ndi'])],
  },
];

/** From this version on the audit log numbers its entries itself (a counting integer, not a UUID). */
export const AUDIT_COUNTED_SINCE = 7;

/**
 * The rows of every group that applies at `version`, per table in insertion order, each without
 * the columns its table does not have yet at that version (nor, from AUDIT_COUNTED_SINCE, the
 * audit entries' UUIDs: the log numbers them itself).
 */
export function rowsFor(version: number, columnsOf: (table: string) => Set<string>): FixtureGroup[] {
  return FIXTURES.filter((group) => group.since <= version).map((group) => {
    const columns = columnsOf(group.table);
    const counted = group.table === 'audit_log' && version >= AUDIT_COUNTED_SINCE;
    const keep = (column: string) => columns.has(column) && !(counted && column === 'id');
    return {
      ...group,
      rows: group.rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => keep(column)))),
    };
  });
}
