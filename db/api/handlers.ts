import type { Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../migrations';
import { getChart, saveChart } from './chart';
import { createClient, getClient, listClients, setClientArchived, updateClient } from '../queries/clients';
import { addAmendment, listAmendmentsForSession, signAmendment } from '../queries/amendments';
import { listAuditForClient } from '../queries/audit-log';
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
import type { OpName, OpParsed, OpResult } from './contract';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What every operation runs with: the open database and who is asking. */
export interface ApiContext {
  db: Database;
  /** Recorded in the audit log as "who". */
  actor: string;
  databasePath: string;
  appVersion: string;
}

export type Handler<K extends OpName> = (ctx: ApiContext, input: OpParsed<K>) => OpResult<K>;

/** The operation table: one synchronous handler per operation of the contract. */
export const handlers: { [K in OpName]: Handler<K> } = {
  'app.info': (ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: LATEST_SCHEMA_VERSION,
    databasePath: ctx.databasePath,
  }),

  'clients.list': ({ db }, input) => listClients(db, { includeArchived: input.includeArchived ?? false }),
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
  'sessions.listUnsigned': ({ db }) => listUnsignedSessions(db, new Date(Date.now() - DAY_MS).toISOString()),

  'amendments.list': ({ db }, input) => listAmendmentsForSession(db, input.sessionId),
  'amendments.add': ({ db, actor }, input) =>
    db.transaction(() => {
      assertSessionSigned(db, input.sessionId);
      const amendment = addAmendment(db, actor, input);
      return signAmendment(db, actor, amendment.id, getSettings(db).practitioner.name);
    })(),

  'audit.listForClient': ({ db }, input) => listAuditForClient(db, input.clientId),

  'settings.get': ({ db }) => getSettings(db),
  'settings.update': ({ db, actor }, input) => updateSettings(db, actor, input),
};
