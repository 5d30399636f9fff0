/**
 * The one contract between the UI and the data: every operation the renderer can ask for,
 * with its zod input schema and its result type. The operation table in db/api/handlers.ts,
 * the Electron IPC adapter, the loopback HTTP adapter and the renderer's typed client are all
 * derived from `operations` below.
 *
 * Pure TypeScript and zod only: the renderer imports this file.
 */
import { z } from 'zod';
import { chartSaveSchema, type CarriedPoint, type ChartSaveResult, type ChartSnapshot } from './chart-schema';
import {
  exerciseFieldsSchema,
  handoutReferralSchema,
  homeCareSaveSchema,
  type HandoutContent,
  type HomeCarePlan,
  type IllustrationId,
  type SignedHomeCare,
} from './home-care';
import { NDI_ITEM_COUNT, type NdiAnswers } from './ndi';
import type { ClientProgress } from './progress';
import {
  CERVICAL_ROM,
  PERPETUATING_FACTOR_IDS,
  RED_FLAG_IDS,
  type CervicalRom,
  type PerpetuatingFactorId,
  type RedFlagId,
} from './clinical';

// ---------------------------------------------------------------------------------------------
// Models (what the API returns). Times are ISO-8601 UTC strings; dates are YYYY-MM-DD.

export interface Client {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  phone: string;
  email: string;
  address: string;
  healthHistory: string;
  contraindications: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One row of the client list. */
export interface ClientSummary {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  phone: string;
  email: string;
  archived: boolean;
  lastVisitAt: string | null;
  visitCount: number;
}

export type SessionStatus = 'draft' | 'signed';

export interface Session {
  id: string;
  clientId: string;
  startedAt: string;
  durationMinutes: number;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  painBefore: number | null;
  painAfter: number | null;
  /** Cervical range of motion in degrees; null where not measured. */
  rom: CervicalRom;
  /** The red-flag screen: each question answered yes (true) or no (false); missing = not asked. */
  redFlags: Partial<Record<RedFlagId, boolean>>;
  redFlagsScreenedAt: string | null;
  /** When a "yes" first raised the "refer to a physician" alert; null while every answer is no. */
  referralAlertAt: string | null;
  perpetuatingFactors: PerpetuatingFactorId[];
  /** Neck Disability Index answers (ten, 0-5 or null), or null when not taken this visit. */
  ndi: NdiAnswers | null;
  ndiAt: string | null;
  /** What the note printed besides the session when it was signed; a reprint shows the same. */
  signedRecord: SignedRecord | null;
  status: SessionStatus;
  signedBy: string | null;
  signedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * A session as a client's list of visits carries it: everything but the copy kept at signing,
 * which only the printed note needs (it is the biggest part of a signed row).
 */
export type SessionListItem = Omit<Session, 'signedRecord'>;

export interface SignedRecord {
  client: Pick<Client, 'givenName' | 'familyName' | 'dateOfBirth' | 'contraindications'>;
  practitioner: Settings['practitioner'];
  practice: Settings['practice'];
  /** The plan's exercises as signed; absent on sessions signed before Knotbook kept them. */
  homeCare?: SignedHomeCare;
}

/** A draft left unsigned, for the home screen. */
export interface UnsignedSession {
  sessionId: string;
  clientId: string;
  clientName: string;
  startedAt: string;
}

/** Who signs, and the practice named on printed notes and handouts. */
export interface Settings {
  practitioner: { name: string; credentials: string; registration: string };
  practice: { name: string; address: string; phone: string; email: string };
  /** Typed as `trigger` in a note field, then expanded with Ctrl+Space. */
  quickPhrases: QuickPhrase[];
  paperSize: PaperSize;
}

export interface QuickPhrase {
  trigger: string;
  text: string;
}

/** One line of the audit log: what was done to which record, when and by whom. */
export interface AuditEntry {
  /** Counts up: entries are listed in the order they were written. */
  id: number;
  at: string;
  actor: string;
  action: 'create' | 'update' | 'archive' | 'restore' | 'sign' | 'amend' | 'delete';
  entity: string;
  entityId: string;
  clientId: string | null;
  /** Names of the fields that changed (values are never copied into the log). */
  changes: string[];
}

/** An audit entry as the client page lists it, with the session it concerns (when there is one). */
export interface ClientAuditEntry extends AuditEntry {
  sessionId: string | null;
}

/** A backup file in the backups folder beside the database (db/backup, db/api/data.ts). */
export interface BackupInfo {
  /** The file's name in the backups folder: how the page refers to it. */
  name: string;
  kind: 'daily' | 'before-migration' | 'before-restore' | 'manual' | 'encrypted';
  /** When it was made (ISO-8601 UTC). */
  at: string;
  bytes: number;
}

export interface BackupList {
  /** The backups folder, shown so the therapist can find it (and copy it elsewhere). */
  folder: string;
  /** Newest first. */
  backups: BackupInfo[];
}

/** What a backup holds, shown before restoring it. */
export interface BackupContents {
  name: string;
  schemaVersion: number;
  clients: number;
  sessions: number;
  /** When the last change it holds was made, or null. */
  lastChangeAt: string | null;
}

export interface RestoreOutcome {
  restoredFrom: string;
  /** The name of the copy of the database as it was just before, in the backups folder. */
  safetyCopy: string | null;
  clients: number;
  sessions: number;
}

/** A file the page offers for download: JSON text, or CSV files (one per table) to zip. */
export type ExportedFile =
  | { kind: 'json'; fileName: string; text: string }
  | { kind: 'csv'; fileName: string; files: { name: string; text: string }[] };

/**
 * A practice setting, or the therapist's choice about a built-in exercise, that differs between
 * this computer and an imported file, in words: "Practitioner: Your name", "Jo Park", "Jo Parks".
 */
export interface SettingDifference {
  what: string;
  here: string;
  inFile: string;
}

/** What to do with settings that differ on import: keep this computer's, or take the file's. */
export type ImportSettingsChoice = 'keep' | 'replace';

/** What an import added, and what was there already, per table. */
export interface ImportReport {
  imported: Record<string, number>;
  alreadyPresent: Record<string, number>;
  /** Settings that differ from this computer's: kept as they were ('keep'), or the file's taken ('replace'). */
  settingsDiffer: SettingDifference[];
  settings: ImportSettingsChoice;
}

/** The optional app lock (db/queries/app-lock.ts). */
export interface AppLockStatus {
  enabled: boolean;
  locked: boolean;
  /** Minutes without use after which Knotbook locks itself; null when there is no lock. */
  idleMinutes: number | null;
  /** Seconds to wait before the next passphrase is checked, after repeated wrong ones; 0 when none. */
  waitSeconds: number;
}

/** The wait after repeated wrong passphrases, in the API's refusals and on the lock screen alike. */
export const waitSentence = (seconds: number): string =>
  `Wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} before trying again.`;

/**
 * The full check of the database file, which runs in the background after opening: 'checking'
 * until it ends; 'damaged' means Knotbook refuses every change from then on; 'tampered' that the
 * file is sound but was changed outside Knotbook (see IntegrityTamper; it stays writable);
 * 'unchecked' that the check could not run (the file stays writable).
 */
export type IntegrityState = 'checking' | 'ok' | 'damaged' | 'tampered' | 'unchecked';

/** What the background check found changed outside Knotbook (integrity 'tampered'). */
export interface IntegrityTamper {
  /**
   * The first audit entry that breaks the chain: its content is not what was written
   * ('changed'), or it does not follow the entry before it ('missing before'). Null when the
   * chain holds.
   */
  auditBreak: { entryId: number; at: string; reason: 'changed' | 'missing before' } | null;
  /** Knotbook's safeguards in the file found missing or altered, as what each protects ("signed sessions"). */
  safeguards: string[];
}

/**
 * What Knotbook tells about itself and its file. While it is locked, nothing about the file (no
 * path, no schema version, no check result: 'checking' until it is unlocked, so the damage
 * banner asks again then).
 */
export type AppInfo =
  | {
      locked: false;
      appVersion: string;
      schemaVersion: number;
      databasePath: string;
      integrity: IntegrityState;
      /** With integrity 'tampered': what was found. */
      tamper?: IntegrityTamper;
    }
  | { locked: true; appVersion: string; integrity: 'checking' };

// ---------------------------------------------------------------------------------------------
// Models of a session's chart and plan: marks, referral zones, the exercise library, home-care
// plan items, handouts given and amendments. Chart coordinates are normalised to the view's
// artwork box (0..1). A boolean | null field is a finding not recorded (null) or yes/no.

export type MarkKind = 'trigger_point' | 'satellite' | 'tender_point' | 'note_pin';
export type MarkActivity = 'active' | 'latent';
export type MarkRelease = 'none' | 'partial' | 'full';

export interface Mark {
  id: string;
  sessionId: string;
  kind: MarkKind;
  viewId: string;
  artworkVersion: number;
  x: number;
  y: number;
  muscle: string | null;
  /** Trigger points and satellites only. */
  activity: MarkActivity | null;
  /** A satellite's primary trigger point. */
  parentMarkId: string | null;
  /** The client's discomfort under pressure, 0-10. */
  pressure: number | null;
  /** Algometer reading, kg/cm², when one was used. */
  pressureKgCm2: number | null;
  /** Pressure pain threshold measured with an algometer, kg/cm². */
  pptKgCm2: number | null;
  /** The same trigger point across visits shares one site id; a new point starts its own. */
  siteId: string;
  side: 'left' | 'right' | 'midline' | null;
  holdSeconds: number | null;
  repetitions: number | null;
  technique: string;
  tenderness: number | null;
  jumpSign: boolean | null;
  twitchResponse: boolean | null;
  referredPainReproduced: boolean | null;
  referredPainWhere: string;
  release: MarkRelease | null;
  tendernessAfter: number | null;
  note: string;
  /** Goes up by one with every change; an edit based on an older version is refused. */
  version: number;
  deletedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ReferralZoneShape = 'polygon' | 'freehand';
export type ReferralPattern = 'essential' | 'spillover';

export interface ReferralZone {
  id: string;
  markId: string;
  viewId: string;
  artworkVersion: number;
  shape: ReferralZoneShape;
  /** [x, y] pairs in 0..1 of the view's artwork box. */
  points: [number, number][];
  pattern: ReferralPattern;
  version: number;
  deletedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Exercise {
  id: string;
  name: string;
  bodyRegion: string;
  targetMuscles: string[];
  steps: string[];
  cautions: string;
  /** The project's drawing for it, if any. */
  illustration: IllustrationId | null;
  /** The usual dose, copied into a plan item when it is prescribed. */
  holdSeconds: number | null;
  repetitions: number | null;
  sets: number | null;
  timesPerDay: number | null;
  /** Shipped with Knotbook: can be hidden, never changed or retired. */
  builtIn: boolean;
  hidden: boolean;
  retiredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type HandoutFormat = 'print' | 'pdf';
export type PaperSize = 'letter' | 'a4';

/** A home-care handout given to the client. */
export interface Handout {
  id: string;
  sessionId: string;
  givenAt: string;
  format: HandoutFormat;
  paperSize: PaperSize;
  fileName: string | null;
  /** What was handed over, kept so it prints again the same (null for handouts from before). */
  content: HandoutContent | null;
}

/** A dated correction to a session; the original stays visible. */
export interface Amendment {
  id: string;
  sessionId: string;
  reason: string;
  body: string;
  createdAt: string;
  signedBy: string | null;
  signedAt: string | null;
}

// ---------------------------------------------------------------------------------------------
// Input schemas. Messages are predicates shown after the field's label (see validation.ts).

export const idSchema = z.uuid({ error: 'is not valid' });

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/** YYYY-MM-DD that exists on the calendar. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Today's date in the local zone as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Empty text or null means "not given" and is stored as null. */
export const dateOfBirthSchema = z
  .string()
  .trim()
  .refine((v) => v === '' || isRealDate(v), 'must be a real date, written like 1984-03-21')
  .refine((v) => v === '' || v >= '1900-01-01', 'must be after 1900')
  .refine((v) => v === '' || v <= localToday(), 'cannot be in the future')
  .transform((v) => (v === '' ? null : v))
  .nullable();

export const phoneSchema = text(40).refine(
  (v) => v === '' || (/^[0-9 +().\-/x]*$/i.test(v) && (v.match(/\d/g)?.length ?? 0) >= 3),
  'may contain only digits, spaces and + ( ) - . and needs at least 3 digits',
);

export const emailSchema = text(200).refine(
  (v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  'must look like name@example.com',
);

export const clientFieldsSchema = z.strictObject({
  givenName: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  familyName: text(100).optional(),
  dateOfBirth: dateOfBirthSchema.optional(),
  phone: phoneSchema.optional(),
  email: emailSchema.optional(),
  address: text(500).optional(),
  healthHistory: text(20000).optional(),
  contraindications: text(5000).optional(),
});
export type ClientFields = z.input<typeof clientFieldsSchema>;

/** An ISO-8601 date-time with a zone ("2026-11-21T09:30:00Z" or "+01:00"). */
export const instantSchema = z.iso.datetime({ offset: true, error: 'must be a date and time' });

const score = z.int().min(0).max(10).nullable();
const degrees = z.int().min(0).max(180).nullable();

export const romSchema = z.strictObject(
  Object.fromEntries(CERVICAL_ROM.map((m) => [m.key, degrees.optional()])) as Record<
    keyof CervicalRom,
    z.ZodOptional<typeof degrees>
  >,
);

/** The fields of a session the therapist edits while it is a draft. */
export const sessionFieldsSchema = z.strictObject({
  startedAt: instantSchema.optional(),
  durationMinutes: z.int().min(5).max(480).optional(),
  subjective: text(20000).optional(),
  objective: text(20000).optional(),
  assessment: text(20000).optional(),
  plan: text(20000).optional(),
  painBefore: score.optional(),
  painAfter: score.optional(),
  rom: romSchema.optional(),
  redFlags: z.partialRecord(z.enum(RED_FLAG_IDS), z.boolean()).optional(),
  perpetuatingFactors: z.array(z.enum(PERPETUATING_FACTOR_IDS)).max(PERPETUATING_FACTOR_IDS.length).optional(),
  ndi: z.array(z.int().min(0).max(5).nullable()).length(NDI_ITEM_COUNT, 'needs ten answers').nullable().optional(),
});
export type SessionFields = z.input<typeof sessionFieldsSchema>;

const line = (max: number) => text(max).optional();
export const settingsSchema = z.strictObject({
  practitioner: z.strictObject({ name: line(120), credentials: line(200), registration: line(80) }).optional(),
  practice: z.strictObject({ name: line(200), address: line(500), phone: line(40), email: line(200) }).optional(),
  quickPhrases: z
    .array(
      z.strictObject({
        trigger: z
          .string()
          .trim()
          .min(1, 'is required')
          .max(20, 'must be at most 20 characters')
          .regex(/^\S+$/, 'must be one word without spaces'),
        text: z.string().trim().min(1, 'is required').max(2000, 'must be at most 2000 characters'),
      }),
    )
    .max(200)
    .optional(),
  paperSize: z.enum(['letter', 'a4']).optional(),
});
export type SettingsInput = z.input<typeof settingsSchema>;

const emptyInput = z.strictObject({});

/** A backup's file name in the backups folder: our own names only, never a path. */
const backupNameSchema = z
  .string()
  .regex(/^knotbook-[A-Za-z0-9-]+\.(sqlite|knbtbak)$/, { error: 'is not the name of a Knotbook backup' });

/** A new passphrase (the app lock, encrypted backups) has at least this many characters... */
export const MIN_PASSPHRASE_LENGTH = 8;
/** ...and is not only spaces (db/backup/encrypted.ts refuses the same). */
export const isBlankPassphrase = (passphrase: string): boolean => passphrase.trim() === '';

const passphraseSchema = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, { error: `must be at least ${MIN_PASSPHRASE_LENGTH} characters`, abort: true })
  .max(1024, 'must be at most 1024 characters')
  .refine((passphrase) => !isBlankPassphrase(passphrase), 'cannot be only spaces');
const byId = z.strictObject({ id: idSchema });

// ---------------------------------------------------------------------------------------------
// The operation table.

/** Declares an operation: its input schema now, its result type as a phantom. */
function op<R>() {
  return <I extends z.ZodType>(input: I) => ({ input, result: undefined as unknown as R });
}

export const operations = {
  'app.info': op<AppInfo>()(emptyInput),

  'clients.list': op<ClientSummary[]>()(z.strictObject({ includeArchived: z.boolean().optional() })),
  /** Clients whose first or last name starts with the query, archived ones left out. */
  'clients.search': op<ClientSummary[]>()(
    z.strictObject({ query: z.string().max(100), limit: z.int().min(1).max(200).optional() }),
  ),
  'clients.get': op<Client>()(byId),
  'clients.create': op<Client>()(clientFieldsSchema),
  'clients.update': op<Client>()(clientFieldsSchema.partial().extend({ id: idSchema })),
  'clients.archive': op<Client>()(byId),
  'clients.restore': op<Client>()(byId),

  'chart.get': op<ChartSnapshot>()(z.strictObject({ sessionId: idSchema })),
  'chart.save': op<ChartSaveResult>()(chartSaveSchema),
  /** Marks a point carried from the previous visit as resolved (or, with false, as not yet re-assessed). */
  'chart.resolveSite': op<CarriedPoint>()(
    z.strictObject({ sessionId: idSchema, siteId: idSchema, resolved: z.boolean() }),
  ),

  'sessions.listForClient': op<SessionListItem[]>()(z.strictObject({ clientId: idSchema })),
  'sessions.get': op<Session>()(byId),
  'sessions.create': op<Session>()(
    z.strictObject({
      clientId: idSchema,
      startedAt: instantSchema.optional(),
      durationMinutes: z.int().min(5).max(480).optional(),
    }),
  ),
  'sessions.update': op<Session>()(sessionFieldsSchema.extend({ id: idSchema })),
  /** Signs and locks the session as the practitioner named in settings. */
  'sessions.sign': op<Session>()(byId),
  /** Drafts whose appointment began more than a day ago. */
  'sessions.listUnsigned': op<UnsignedSession[]>()(emptyInput),
  /** A signed session's amendments, oldest first. */
  'amendments.list': op<Amendment[]>()(z.strictObject({ sessionId: idSchema })),
  /** Adds a dated amendment to a signed session, signed at once by the practitioner. */
  'amendments.add': op<Amendment>()(
    z.strictObject({
      sessionId: idSchema,
      reason: z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
      body: z.string().trim().min(1, 'is required').max(20000, 'must be at most 20000 characters'),
    }),
  ),

  'exercises.list': op<Exercise[]>()(
    z.strictObject({ includeHidden: z.boolean().optional(), includeRetired: z.boolean().optional() }),
  ),
  'exercises.create': op<Exercise>()(exerciseFieldsSchema),
  /** A therapist's own exercise; built-in ones are refused. */
  'exercises.update': op<Exercise>()(exerciseFieldsSchema.partial().extend({ id: idSchema })),
  /** A copy the therapist owns (of a built-in too), named "… (copy)". */
  'exercises.duplicate': op<Exercise>()(byId),
  'exercises.setHidden': op<Exercise>()(z.strictObject({ id: idSchema, hidden: z.boolean() })),
  'exercises.retire': op<Exercise>()(byId),

  'homeCare.get': op<HomeCarePlan>()(z.strictObject({ sessionId: idSchema })),
  'homeCare.save': op<HomeCarePlan>()(homeCareSaveSchema),
  /** What a handout of the current plan would show, without recording it. */
  'handouts.preview': op<HandoutContent>()(z.strictObject({ sessionId: idSchema })),
  /**
   * Records a handout given now, with a snapshot of what it shows; `referral`, when given, is
   * the atlas's referral zones of its points' muscles (each zone's muscle and side must be a
   * point's).
   */
  'handouts.create': op<Handout>()(
    z.strictObject({
      sessionId: idSchema,
      format: z.enum(['print', 'pdf']),
      fileName: z.string().trim().max(4096).nullable().optional(),
      referral: handoutReferralSchema.nullable().optional(),
    }),
  ),
  'handouts.list': op<Handout[]>()(z.strictObject({ sessionId: idSchema })),
  'handouts.get': op<Handout>()(byId),

  /** Everything the progress view shows for a client, across all their visits. */
  'progress.get': op<ClientProgress>()(z.strictObject({ clientId: idSchema })),

  'audit.listForClient': op<ClientAuditEntry[]>()(z.strictObject({ clientId: idSchema })),

  'settings.get': op<Settings>()(emptyInput),
  'settings.update': op<Settings>()(settingsSchema),

  'lock.status': op<AppLockStatus>()(emptyInput),
  'lock.set': op<AppLockStatus>()(
    z.strictObject({
      passphrase: passphraseSchema,
      idleMinutes: z.int().min(1, 'must be at least 1 minute').max(240, 'must be at most 240 minutes'),
      currentPassphrase: z.string().max(1024).optional(),
    }),
  ),
  'lock.remove': op<AppLockStatus>()(z.strictObject({ passphrase: z.string().max(1024) })),
  'lock.lock': op<AppLockStatus>()(emptyInput),
  'lock.unlock': op<AppLockStatus>()(z.strictObject({ passphrase: z.string().max(1024) })),

  'backups.list': op<BackupList>()(emptyInput),
  'backups.create': op<BackupInfo>()(emptyInput),
  'backups.createEncrypted': op<BackupInfo>()(z.strictObject({ passphrase: passphraseSchema })),
  'backups.inspect': op<BackupContents>()(
    z.strictObject({ name: backupNameSchema, passphrase: z.string().max(1024).optional() }),
  ),
  'backups.restore': op<RestoreOutcome>()(
    z.strictObject({ name: backupNameSchema, passphrase: z.string().max(1024).optional() }),
  ),
  'export.client': op<ExportedFile>()(z.strictObject({ clientId: idSchema, format: z.enum(['json', 'csv']) })),
  'export.all': op<ExportedFile>()(z.strictObject({ format: z.enum(['json', 'csv']) })),
  'import.json': op<ImportReport>()(
    z.strictObject({
      text: z.string().max(200_000_000),
      /** Settings that differ: this computer's are kept unless 'replace' (records are imported either way). */
      settings: z.enum(['keep', 'replace']).default('keep'),
    }),
  ),
} as const;

export type Operations = typeof operations;
export type OpName = keyof Operations;
/** What a caller sends (before defaults and trimming). */
export type OpInput<K extends OpName> = z.input<Operations[K]['input']>;
/** What a handler receives (after validation). */
export type OpParsed<K extends OpName> = z.output<Operations[K]['input']>;
export type OpResult<K extends OpName> = Operations[K]['result'];

export const opNames = Object.keys(operations) as OpName[];
export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.hasOwn(operations, name);
}

// ---------------------------------------------------------------------------------------------
// The envelope every transport returns.

export type ErrorCode =
  | 'invalid_input'
  | 'unknown_operation'
  | 'not_found'
  | 'conflict'
  | 'read_only'
  | 'unauthorized'
  | 'locked'
  | 'internal';

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** The raw call both transports implement: never throws, always an envelope. */
export type RawCall = <K extends OpName>(op: K, input: OpInput<K>) => Promise<Envelope<OpResult<K>>>;

export { IPC_CHANNEL, type KnotbookBridge } from './bridge';
export * from './chart-schema';
export * from './home-care';
export * from './ndi';
export * from './progress';
