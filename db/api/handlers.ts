import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';
import { LATEST_SCHEMA_VERSION } from '../migrations';
import { getChart, saveChart } from './chart';
import {
  createClient,
  getClient,
  listClients,
  searchClients,
  setClientArchived,
  updateClient,
} from '../queries/clients';
import { addAmendment, listAmendmentsForSession, signAmendment } from '../queries/amendments';
import { listAuditForClient } from '../queries/audit-log';
import {
  createExercise,
  duplicateExercise,
  listExercises,
  retireExercise,
  setExerciseHidden,
  updateExercise,
} from '../queries/exercises';
import { getPlan, savePlan } from '../queries/home-care';
import { getProgress } from '../queries/progress';
import { buildHandoutContent } from '../queries/handout-content';
import { getHandout, listHandoutsForSession, recordHandout } from '../queries/handouts';
import { nowIso } from '../ids';
import { resolveSite } from '../queries/reassessments';
import {
  assertSessionSigned,
  createSession,
  getSession,
  listSessionsForClient,
  listUnsignedSessions,
  signSession,
  updateSession,
} from '../queries/sessions';
import { getSettings, updateSettings } from '../queries/settings';
import {
  initialLockState,
  lockApp,
  lockStatus,
  removeAppLock,
  setAppLock,
  unlockApp,
  type LockState,
} from '../queries/app-lock';
import {
  createBackup,
  createEncryptedBackup,
  exportEverything,
  exportOneClient,
  importFromJson,
  inspectNamedBackup,
  listAllBackups,
  restoreNamedBackup,
} from './data';
import {
  EMPTY_PLAN_MESSAGE,
  REFERRAL_POINTS_MESSAGE,
  muscleSideKey,
  type AppInfo,
  type IntegrityState,
  type IntegrityTamper,
  type OpName,
  type OpParsed,
  type OpResult,
} from './contract';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Drops the fields a caller left out, so "not given" never overwrites a stored value. */
function withoutUndefined<T extends object>(values: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** What every operation runs with: the open database and who is asking. */
export interface ApiContext {
  db: Database;
  /** Recorded in the audit log as "who". */
  actor: string;
  databasePath: string;
  appVersion: string;
  /** The background check of the whole file (db/integrity.ts), when the host runs one. */
  integrity?:
    { state: IntegrityState; tamper?: IntegrityTamper | undefined; settled?: Promise<void> | undefined } | undefined;
  /** The better-sqlite3 build the host loaded (for the worker threads and backup checks). */
  nativeBinding?: string | undefined;
  /**
   * Closes the connection, runs `work` (a restore), and opens the file again into `db`; absent
   * where the host cannot restore (tests). See db/host.ts.
   */
  reopen?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Set while the host is restoring: every call is refused with this message meanwhile. */
  busy?: string | undefined;
  /** The app lock as the host started it (db/queries/app-lock.ts); read from the file when absent. */
  lock?: LockState | undefined;
}

/** The context's lock state, read from the database the first time it is needed. */
function lockOf(ctx: ApiContext): LockState {
  ctx.lock ??= initialLockState(ctx.db);
  return ctx.lock;
}

/** What an operation returns; the few that take time (backups) answer later. */
export type Handler<K extends OpName> = (ctx: ApiContext, input: OpParsed<K>) => OpResult<K> | Promise<OpResult<K>>;

/** The operation table: one synchronous handler per operation of the contract. */
export const handlers: { [K in OpName]: Handler<K> } = {
  // While locked: nothing about the file, only what the lock screen and the damage banner ask.
  // (No lock state yet means no lock has been asked about: dispatch gates nothing either.)
  'app.info': (ctx): AppInfo =>
    ctx.lock?.locked
      ? { locked: true, appVersion: ctx.appVersion, integrity: 'checking' }
      : {
          locked: false,
          appVersion: ctx.appVersion,
          schemaVersion: LATEST_SCHEMA_VERSION,
          databasePath: ctx.databasePath,
          integrity: ctx.integrity?.state ?? 'ok',
          ...(ctx.integrity?.tamper ? { tamper: ctx.integrity.tamper } : {}),
        },

  'clients.list': ({ db }, input) => listClients(db, { includeArchived: input.includeArchived ?? false }),
  'clients.search': ({ db }, input) => searchClients(db, input.query, input.limit ?? 50),
  'clients.get': ({ db }, input) => getClient(db, input.id),
  'clients.create': ({ db, actor }, input) =>
    createClient(db, actor, {
      givenName: input.givenName,
      familyName: input.familyName ?? '',
      dateOfBirth: input.dateOfBirth ?? null,
      phone: input.phone ?? '',
      email: input.email ?? '',
      address: input.address ?? '',
      healthHistory: input.healthHistory ?? '',
      contraindications: input.contraindications ?? '',
    }),
  'clients.update': ({ db, actor }, { id, ...changes }) => updateClient(db, actor, id, changes),
  'clients.archive': ({ db, actor }, input) => setClientArchived(db, actor, input.id, true),
  'clients.restore': ({ db, actor }, input) => setClientArchived(db, actor, input.id, false),

  'chart.get': getChart,
  'chart.save': saveChart,
  'chart.resolveSite': ({ db, actor }, input) => resolveSite(db, actor, input),

  'sessions.listForClient': ({ db }, input) => listSessionsForClient(db, input.clientId),
  'sessions.get': ({ db }, input) => getSession(db, input.id),
  'sessions.create': ({ db, actor }, input) => createSession(db, actor, input),
  'sessions.update': ({ db, actor }, { id, ...changes }) => updateSession(db, actor, id, changes),
  'sessions.sign': ({ db, actor }, input) => signSession(db, actor, input.id),
  'sessions.listUnsigned': ({ db }) => listUnsignedSessions(db, new Date(Date.parse(nowIso()) - DAY_MS).toISOString()),

  'amendments.list': ({ db }, input) => listAmendmentsForSession(db, input.sessionId),
  'amendments.add': ({ db, actor }, input) =>
    db.transaction(() => {
      assertSessionSigned(db, input.sessionId);
      const amendment = addAmendment(db, actor, input);
      return signAmendment(db, actor, amendment.id, getSettings(db).practitioner.name);
    })(),

  'exercises.list': ({ db }, input) =>
    listExercises(db, { includeHidden: input.includeHidden ?? false, includeRetired: input.includeRetired ?? false }),
  'exercises.create': ({ db, actor }, input) => createExercise(db, actor, withoutUndefined(input)),
  'exercises.update': ({ db, actor }, { id, ...changes }) => updateExercise(db, actor, id, withoutUndefined(changes)),
  'exercises.duplicate': ({ db, actor }, input) => duplicateExercise(db, actor, input.id),
  'exercises.setHidden': ({ db, actor }, input) => setExerciseHidden(db, actor, input.id, input.hidden),
  'exercises.retire': ({ db, actor }, input) => retireExercise(db, actor, input.id),

  'homeCare.get': ({ db }, input) => getPlan(db, input.sessionId),
  'homeCare.save': ({ db, actor }, input) => savePlan(db, actor, input),
  'handouts.preview': ({ db }, input) => buildHandoutContent(db, input.sessionId, nowIso()),
  'handouts.create': ({ db, actor }, input) =>
    db.transaction(() => {
      const givenAt = nowIso();
      const plan = buildHandoutContent(db, input.sessionId, givenAt);
      if (plan.exercises.length === 0 && plan.points.length === 0) {
        throw new AppError('invalid_input', EMPTY_PLAN_MESSAGE);
      }
      // Kept only when it shows something, so a sheet without it reads as the preview does.
      const referral = input.referral?.zones.length ? input.referral : null;
      const ofPoint = new Set(plan.points.map(muscleSideKey));
      if (referral?.zones.some((z) => !ofPoint.has(muscleSideKey(z)))) {
        throw new AppError('invalid_input', REFERRAL_POINTS_MESSAGE);
      }
      const content = referral ? { ...plan, referral } : plan;
      return recordHandout(db, actor, {
        sessionId: input.sessionId,
        format: input.format,
        paperSize: content.paperSize,
        fileName: input.fileName ?? null,
        givenAt,
        content,
      });
    })(),
  'handouts.list': ({ db }, input) => listHandoutsForSession(db, input.sessionId),
  'handouts.get': ({ db }, input) => getHandout(db, input.id),

  'progress.get': ({ db }, input) => getProgress(db, input.clientId),

  'audit.listForClient': ({ db }, input) => listAuditForClient(db, input.clientId),

  'settings.get': ({ db }) => getSettings(db),
  'lock.status': (ctx) => lockStatus(lockOf(ctx)),
  'lock.set': (ctx, input) => setAppLock(ctx.db, ctx.actor, lockOf(ctx), input),
  'lock.remove': (ctx, input) => removeAppLock(ctx.db, ctx.actor, lockOf(ctx), input.passphrase),
  'lock.lock': (ctx) => lockApp(lockOf(ctx)),
  'lock.unlock': (ctx, input) => unlockApp(ctx.db, lockOf(ctx), input.passphrase),

  'backups.list': (ctx) => listAllBackups(ctx),
  'backups.create': (ctx) => createBackup(ctx),
  'backups.createEncrypted': createEncryptedBackup,
  'backups.inspect': inspectNamedBackup,
  'backups.restore': restoreNamedBackup,
  'export.client': exportOneClient,
  'export.all': exportEverything,
  'import.json': importFromJson,

  'settings.update': ({ db, actor }, input) => updateSettings(db, actor, input),
};
