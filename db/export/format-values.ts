/**
 * Building blocks of the export format (db/export/format.ts): column types with the limits the
 * database's CHECK constraints set, worded for the import's messages ("must be from 0 to 10"),
 * and the shapes of the JSON columns as Knotbook writes them.
 *
 * No schema here transforms a value: what validates is stored exactly as it is in the file.
 * Every message is a predicate shown after "<table> row <n>: <column>" (see messages.ts).
 */
import { z } from 'zod';
import { PERPETUATING_FACTOR_IDS, RED_FLAG_IDS } from '../api/clinical';
import { MARK_KINDS, SIDES, VIEW_IDS, ZONE_PATTERNS } from '../api/chart-schema';
import { ILLUSTRATION_IDS } from '../api/home-care';
import { isRealDate } from '../api/contract';
import { NDI_ITEM_COUNT } from '../api/ndi';

/** A schema-level error that tells a missing field from a wrong one. */
export const says = (predicate: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is missing' : predicate;

const orNull = (predicate: string, nullable: boolean) => (nullable ? `${predicate}, or null` : predicate);

export const text = () => z.string({ error: says('must be text') });
export const maybeText = () => z.string({ error: says('must be text, or null') }).nullable();
export const nonEmptyText = () => text().min(1, 'must not be empty');

/** Record ids are UUIDs, as the API takes them. */
export const recordId = () => z.uuid({ error: says('must be a record id (a UUID)') });
export const maybeRecordId = () => z.uuid({ error: says('must be a record id (a UUID), or null') }).nullable();

const INSTANT = 'must be a date and time such as 2026-03-21T09:30:00.000Z';
export const instant = () => z.iso.datetime({ offset: true, error: says(INSTANT) });
export const maybeInstant = () => z.iso.datetime({ offset: true, error: says(orNull(INSTANT, true)) }).nullable();

/** YYYY-MM-DD that exists on the calendar (the column's CHECK: date(x) = x). */
export const maybeDate = () =>
  z
    .string({ error: says('must be a date such as 1984-03-21, or null') })
    .refine(isRealDate, 'must be a real date such as 1984-03-21')
    .nullable();

function whole(min: number | null, max: number | null, nullable: boolean) {
  const range =
    min !== null && max !== null ? `from ${min} to ${max}` : min !== null ? `${min} or more` : 'a whole number';
  const predicate = min === null && max === null ? 'must be a whole number' : `must be a whole number ${range}`;
  let schema = z.int({ error: says(orNull(predicate, nullable)) });
  if (min !== null) schema = schema.min(min, `must be ${range}`);
  if (max !== null) schema = schema.max(max, `must be ${range}`);
  return schema;
}
export const int = (min: number | null = null, max: number | null = null) => whole(min, max, false);
export const maybeInt = (min: number | null = null, max: number | null = null) => whole(min, max, true).nullable();

function real(min: number, max: number, nullable: boolean) {
  const range = `must be from ${min} to ${max}`;
  return z
    .number({ error: says(orNull(`must be a number from ${min} to ${max}`, nullable)) })
    .min(min, range)
    .max(max, range);
}
export const number = (min: number, max: number) => real(min, max, false);
export const maybeNumber = (min: number, max: number) => real(min, max, true).nullable();

/** INTEGER 0/1 columns: stored as numbers, kept as numbers in the export. */
export const flag = () => z.literal([0, 1], { error: says('must be 0 (no) or 1 (yes)') });
export const maybeFlag = () => z.literal([0, 1], { error: says('must be 0 (no), 1 (yes) or null') }).nullable();

/** Up to this many allowed values are named in a refusal; a longer list is cut, with a count. */
const LISTED_MAX = 8;
/** The allowed values in words, short enough for a refusal (the illustrations are 14 ids long). */
const listed = (values: readonly string[]) => {
  const named = values.slice(0, LISTED_MAX).map((v) => (v === '' ? '"" (empty)' : v));
  const more = values.length - named.length;
  return more > 0 ? `${named.join(', ')} or one of ${more} more` : named.join(', ');
};
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: says(`must be one of: ${listed(values)}`) });
export const maybeOneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: says(`must be one of: ${listed(values)}, or null`) }).nullable();

export const viewId = () => oneOf(VIEW_IDS);
export const side = () => maybeOneOf(SIDES);

const textList = () => z.array(text(), { error: says('must be a list of texts') });

// ---------------------------------------------------------------------------------------------
// JSON columns: kept as JSON values in the file, stored as JSON text.

/** sessions.red_flags: each question answered yes (true) or no (false); missing = not asked. */
export const redFlagsValue = () =>
  z.partialRecord(z.enum(RED_FLAG_IDS), z.boolean({ error: says('must be true or false') }), {
    error: says('must be a set of answers'),
  });

/** sessions.perpetuating_factors: ids of the factors ticked. */
export const perpetuatingFactorsValue = () =>
  z.array(oneOf(PERPETUATING_FACTOR_IDS), { error: says('must be a list of factor ids') });

/** sessions.ndi: the ten Neck Disability Index answers (0-5, or null when unanswered). */
export const ndiValue = () =>
  z
    .array(maybeInt(0, 5), { error: says('must be a list of ten answers, or null') })
    .length(NDI_ITEM_COUNT, `must hold ${NDI_ITEM_COUNT} answers`)
    .nullable();

const practitioner = () =>
  z.strictObject(
    { name: text(), credentials: text(), registration: text() },
    { error: says('must be a set of fields') },
  );
const practice = () =>
  z.strictObject(
    { name: text(), address: text(), phone: text(), email: text() },
    { error: says('must be a set of fields') },
  );

/** signed_record.homeCare: the plan's exercises as they showed when the session was signed. */
const signedHomeCareValue = () =>
  z.strictObject(
    {
      exercises: z.array(
        z.strictObject(
          {
            exerciseId: recordId(),
            name: text(),
            illustration: maybeOneOf(ILLUSTRATION_IDS),
            targetMuscles: textList(),
            steps: textList(),
            cautions: text(),
          },
          { error: says('must be a set of fields') },
        ),
        { error: says('must be a list') },
      ),
    },
    { error: says('must be a set of fields') },
  );

/** sessions.signed_record: what the printed note showed besides the session when it was signed. */
export const signedRecordValue = () =>
  z
    .strictObject(
      {
        client: z.strictObject(
          { givenName: text(), familyName: text(), dateOfBirth: maybeText(), contraindications: text() },
          { error: says('must be a set of fields') },
        ),
        practitioner: practitioner(),
        practice: practice(),
        /** Absent from sessions signed before signing kept the plan's exercises. */
        homeCare: signedHomeCareValue().optional(),
      },
      { error: says('must be a set of fields, or null') },
    )
    .nullable();

/** referral_zones.points: [x, y] pairs in 0..1 of the view's artwork box. */
export const zonePointsValue = () =>
  z
    .array(z.tuple([number(0, 1), number(0, 1)], { error: says('must be an [x, y] pair') }), {
      error: says('must be a list of [x, y] pairs'),
    })
    .min(3, 'needs at least 3 points');

export const targetMusclesValue = textList;
export const stepsValue = textList;

/** audit_log.changes: the names of the fields that changed (never their values). */
export const auditChangesValue = textList;

/**
 * audit_log.prev_hash and hash: sha256 in 64 lowercase hex digits. Optional in the row: files of
 * format 1 and 2 have no chain; import-checks.ts requires both from format 3 on.
 */
export const chainHash = () =>
  z
    .string({ error: says('must be 64 lowercase hexadecimal digits') })
    .regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits')
    .optional();

/**
 * handouts.content.referral: the referral atlas's zones printed beside the client's points (the
 * zones themselves, so the sheet prints again the same after the atlas changes).
 */
const handoutReferralValue = () =>
  z
    .strictObject(
      {
        atlasVersion: int(1),
        zones: z.array(
          z.strictObject(
            {
              muscle: nonEmptyText(),
              side: oneOf(['left', 'right']),
              viewId: viewId(),
              pattern: oneOf(ZONE_PATTERNS),
              label: nonEmptyText(),
              polygon: zonePointsValue().max(400, 'can have at most 400 points'),
            },
            { error: says('must be a set of fields') },
          ),
          { error: says('must be a list') },
        ),
      },
      { error: says('must be a set of fields, or null') },
    )
    .nullable();

/** handouts.content: the snapshot of what a handout showed, so it prints again the same. */
export const handoutContentValue = () =>
  z
    .strictObject(
      {
        version: z.literal(1, { error: says('must be 1') }),
        paperSize: oneOf(['letter', 'a4']),
        practice: practice(),
        practitioner: z.strictObject({ name: text(), credentials: text() }, { error: says('must be a set of fields') }),
        clientName: text(),
        sessionStartedAt: instant(),
        givenAt: instant(),
        exercises: z.array(
          z.strictObject({
            name: text(),
            illustration: maybeOneOf(ILLUSTRATION_IDS),
            targetMuscles: textList(),
            steps: textList(),
            cautions: text(),
            holdSeconds: maybeInt(0),
            repetitions: maybeInt(0),
            sets: maybeInt(0),
            timesPerDay: maybeInt(0),
            note: text(),
          }),
          { error: says('must be a list') },
        ),
        points: z.array(
          z.strictObject({
            markId: recordId(),
            kind: oneOf(MARK_KINDS),
            activity: maybeOneOf(['active', 'latent']),
            viewId: viewId(),
            artworkVersion: int(1),
            x: number(0, 1),
            y: number(0, 1),
            muscle: maybeText(),
            side: side(),
            holdSeconds: maybeInt(0),
            timesPerDay: maybeInt(0),
          }),
          { error: says('must be a list') },
        ),
        note: text(),
        nextVisitAt: maybeInstant(),
        pointCaution: text(),
        redFlags: textList(),
        /** Absent from sheets without it (and from every sheet made before it existed). */
        referral: handoutReferralValue().optional(),
      },
      { error: says('must be a set of fields, or null') },
    )
    .nullable();

/** settings.value, by key: the same parts settings.update writes. */
export const settingValues = {
  practitioner: () =>
    z.strictObject(
      { name: text().optional(), credentials: text().optional(), registration: text().optional() },
      { error: says('must be a set of fields') },
    ),
  practice: () =>
    z.strictObject(
      { name: text().optional(), address: text().optional(), phone: text().optional(), email: text().optional() },
      { error: says('must be a set of fields') },
    ),
  quickPhrases: () =>
    z.array(z.strictObject({ trigger: nonEmptyText(), text: nonEmptyText() }), {
      error: says('must be a list of phrases'),
    }),
  paperSize: () => oneOf(['letter', 'a4']),
} as const;
