/**
 * The Knotbook export format, version 3 (documented for people in docs/EXPORT-FORMAT.md).
 *
 * One JSON object: what it is (`format`, `formatVersion`), when and from which schema it was
 * made, whose records it holds (`scope`) and the rows of every table, column by column as the
 * database stores them (snake_case names; 0/1 for yes/no; JSON columns as JSON values rather
 * than text, so the file reads as it is). Every column is typed and limited here as the
 * database's CHECK constraints limit it, and the JSON columns as Knotbook writes them, so a file
 * that validates can be stored without the database refusing a row.
 *
 * These schemas never transform a value (no trimming, no defaults): the import stores what the
 * file holds, exactly.
 */
import { z } from 'zod';
import {
  amendmentColumns,
  auditColumns,
  builtInExerciseColumns,
  clientColumns,
  exerciseColumns,
  handoutColumns,
  markColumns,
  planItemColumns,
  pointColumns,
  reassessmentColumns,
  referralZoneColumns,
  sessionColumns,
  settingColumns,
} from './format-columns';
import { instant, int, recordId, says, settingValues } from './format-values';

export const EXPORT_FORMAT = 'knotbook-export';
/**
 * Goes up when the shape of the file changes; an import reads every version up to its own and
 * refuses a newer one in plain words. 2: a handout's snapshot may hold the referral zones it
 * printed (`content.referral`). 3: audit entries carry their chain (`prev_hash`, `hash`), and
 * `built_in_exercises` carries the therapist's choices about Knotbook's own exercises; both are
 * required from 3 on (import-checks.ts) and absent from older files, which still import.
 */
export const FORMAT_VERSION = 3;

// ---------------------------------------------------------------------------------------------
// Rows, with the CHECK constraints that span two columns.

const sessionRow = z.strictObject(sessionColumns).superRefine((row, ctx) => {
  const signed = row.signed_by !== null && row.signed_at !== null;
  if ((row.status === 'signed') !== signed) {
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: `is "${row.status}", but a signed session has both signed_by and signed_at and a draft has neither`,
    });
  }
});

const markRow = z.strictObject(markColumns).superRefine((row, ctx) => {
  if (row.parent_mark_id !== null && row.kind !== 'satellite') {
    ctx.addIssue({ code: 'custom', path: ['parent_mark_id'], message: 'is set, but only a satellite has a primary' });
  }
  if (row.activity !== null && row.kind !== 'trigger_point' && row.kind !== 'satellite') {
    ctx.addIssue({
      code: 'custom',
      path: ['activity'],
      message: 'is set, but only trigger points and satellites are active or latent',
    });
  }
});

const amendmentRow = z.strictObject(amendmentColumns).superRefine((row, ctx) => {
  if ((row.signed_by === null) !== (row.signed_at === null)) {
    ctx.addIssue({
      code: 'custom',
      path: ['signed_by'],
      message: 'and signed_at must be both set or both null',
    });
  }
});

const settingRow = z.discriminatedUnion(
  'key',
  [
    z.strictObject(settingColumns('practitioner', settingValues.practitioner())),
    z.strictObject(settingColumns('practice', settingValues.practice())),
    z.strictObject(settingColumns('quickPhrases', settingValues.quickPhrases())),
    z.strictObject(settingColumns('paperSize', settingValues.paperSize())),
  ],
  { error: says('must be one of: practitioner, practice, quickPhrases, paperSize') },
);

export const rowSchemas = {
  clients: z.strictObject(clientColumns),
  sessions: sessionRow,
  marks: markRow,
  referral_zones: z.strictObject(referralZoneColumns),
  reassessments: z.strictObject(reassessmentColumns),
  exercises: z.strictObject(exerciseColumns),
  built_in_exercises: z.strictObject(builtInExerciseColumns),
  home_care_plan_items: z.strictObject(planItemColumns),
  home_care_points: z.strictObject(pointColumns),
  handouts: z.strictObject(handoutColumns),
  amendments: amendmentRow,
  audit_log: z.strictObject(auditColumns),
  settings: settingRow,
};

export type TableName = keyof typeof rowSchemas;
export type ExportRow<T extends TableName> = z.output<(typeof rowSchemas)[T]>;
export type ExportTables = { [T in TableName]: ExportRow<T>[] };

/** The tables in the order the file lists them. */
export const TABLE_NAMES = Object.keys(rowSchemas) as TableName[];

/** Every table's columns, in the database's order (the CSV's header row). */
export const COLUMNS: { [T in TableName]: readonly string[] } = {
  clients: Object.keys(clientColumns),
  sessions: Object.keys(sessionColumns),
  marks: Object.keys(markColumns),
  referral_zones: Object.keys(referralZoneColumns),
  reassessments: Object.keys(reassessmentColumns),
  exercises: Object.keys(exerciseColumns),
  built_in_exercises: Object.keys(builtInExerciseColumns),
  home_care_plan_items: Object.keys(planItemColumns),
  home_care_points: Object.keys(pointColumns),
  handouts: Object.keys(handoutColumns),
  amendments: Object.keys(amendmentColumns),
  audit_log: Object.keys(auditColumns),
  settings: ['key', 'value', 'updated_at'],
};

/** Columns the database keeps as JSON text; the file holds them as JSON values. */
export const JSON_COLUMNS: { [T in TableName]: readonly string[] } = {
  clients: [],
  sessions: ['red_flags', 'perpetuating_factors', 'signed_record', 'ndi'],
  marks: [],
  referral_zones: ['points'],
  reassessments: [],
  exercises: ['target_muscles', 'steps'],
  built_in_exercises: [],
  home_care_plan_items: [],
  home_care_points: [],
  handouts: ['content'],
  amendments: [],
  audit_log: ['changes'],
  settings: ['value'],
};

const table = <S extends z.ZodType>(row: S) => z.array(row, { error: says('must be a list of rows') });

export const scopeSchema = z.discriminatedUnion(
  'kind',
  [z.strictObject({ kind: z.literal('client'), clientId: recordId() }), z.strictObject({ kind: z.literal('all') })],
  { error: says('must be "client" (one client’s record) or "all" (everything)') },
);
export type ExportScope = z.output<typeof scopeSchema>;

export const exportSchema = z.strictObject(
  {
    format: z.literal(EXPORT_FORMAT, { error: says(`must be "${EXPORT_FORMAT}"`) }),
    formatVersion: z
      .int({ error: says(`must be a whole number from 1 to ${FORMAT_VERSION}`) })
      .min(1, { error: says(`must be a whole number from 1 to ${FORMAT_VERSION}`) })
      .max(FORMAT_VERSION, { error: says(`must be a whole number from 1 to ${FORMAT_VERSION}`) }),
    exportedAt: instant(),
    appSchemaVersion: int(1),
    scope: scopeSchema,
    tables: z.strictObject(
      {
        clients: table(rowSchemas.clients),
        sessions: table(rowSchemas.sessions),
        marks: table(rowSchemas.marks),
        referral_zones: table(rowSchemas.referral_zones),
        reassessments: table(rowSchemas.reassessments),
        exercises: table(rowSchemas.exercises),
        /** Absent from files of format 1 and 2 (import-checks.ts requires it from 3 on). */
        built_in_exercises: table(rowSchemas.built_in_exercises).optional(),
        home_care_plan_items: table(rowSchemas.home_care_plan_items),
        home_care_points: table(rowSchemas.home_care_points),
        handouts: table(rowSchemas.handouts),
        amendments: table(rowSchemas.amendments),
        audit_log: table(rowSchemas.audit_log),
        settings: table(rowSchemas.settings),
      },
      { error: says('must be a set of tables') },
    ),
  },
  { error: says('must be a set of fields') },
);

/** A whole export file, as validated. */
export type KnotbookExport = z.output<typeof exportSchema>;
