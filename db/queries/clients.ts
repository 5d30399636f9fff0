import type { Database } from 'better-sqlite3';
import type { Client, ClientSummary } from '../api/contract';
import { notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { appendAudit } from './audit-log';

interface ClientRow {
  id: string;
  given_name: string;
  family_name: string;
  date_of_birth: string | null;
  phone: string;
  email: string;
  address: string;
  health_history: string;
  contraindications: string;
  archived: 0 | 1;
  created_at: string;
  updated_at: string;
}

/** The editable fields, after validation. */
export type ClientValues = Omit<Client, 'id' | 'archived' | 'createdAt' | 'updatedAt'>;

/** A client with nothing but a name: the starting point for new records and for tests. */
export const EMPTY_CLIENT: Omit<ClientValues, 'givenName'> = {
  familyName: '',
  dateOfBirth: null,
  phone: '',
  email: '',
  address: '',
  healthHistory: '',
  contraindications: '',
};

const columns: Record<keyof ClientValues, keyof ClientRow> = {
  givenName: 'given_name',
  familyName: 'family_name',
  dateOfBirth: 'date_of_birth',
  phone: 'phone',
  email: 'email',
  address: 'address',
  healthHistory: 'health_history',
  contraindications: 'contraindications',
};

function toModel(row: ClientRow): Client {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
    address: row.address,
    healthHistory: row.health_history,
    contraindications: row.contraindications,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findClient(db: Database, id: string): Client | undefined {
  const row = db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
  return row && toModel(row);
}

export function getClient(db: Database, id: string): Client {
  const client = findClient(db, id);
  if (!client) throw notFound('client');
  return client;
}

type SummaryRow = ClientRow & { last_visit_at: string | null; visit_count: number };

function toSummary(r: SummaryRow): ClientSummary {
  return {
    id: r.id,
    givenName: r.given_name,
    familyName: r.family_name,
    dateOfBirth: r.date_of_birth,
    phone: r.phone,
    email: r.email,
    archived: r.archived === 1,
    lastVisitAt: r.last_visit_at,
    visitCount: r.visit_count,
  };
}

/**
 * A client as lists show them, with the last visit and the number of visits read through the
 * covering index of sessions by client (one lookup each, no join of every session).
 */
const SUMMARY_SELECT = `SELECT c.id, c.given_name, c.family_name, c.date_of_birth, c.phone, c.email, c.archived,
    (SELECT max(s.started_at) FROM sessions s WHERE s.client_id = c.id) AS last_visit_at,
    (SELECT count(*) FROM sessions s WHERE s.client_id = c.id) AS visit_count
  FROM clients c`;

export function listClients(db: Database, options: { includeArchived: boolean }): ClientSummary[] {
  const rows = db
    .prepare(
      `${SUMMARY_SELECT}
        WHERE c.archived = 0 OR ?
        ORDER BY c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE`,
    )
    .all(options.includeArchived ? 1 : 0) as SummaryRow[];
  return rows.map(toSummary);
}

/**
 * Clients whose first or last name starts with `query` (any case), as the search box finds
 * them while typing; archived ones left out. Both names are indexed, so this stays quick at any
 * practice size.
 */
export function searchClients(db: Database, query: string, limit: number): ClientSummary[] {
  const prefix = `${query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = db
    .prepare(
      `${SUMMARY_SELECT}
        WHERE c.archived = 0
          AND (c.family_name LIKE @prefix ESCAPE '\\' OR c.given_name LIKE @prefix ESCAPE '\\')
        ORDER BY c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE
        LIMIT @limit`,
    )
    .all({ prefix, limit }) as SummaryRow[];
  return rows.map(toSummary);
}

export function createClient(db: Database, actor: string, values: ClientValues): Client {
  return db.transaction(() => {
    const id = newId();
    const now = nowIso();
    db.prepare(
      `INSERT INTO clients (id, given_name, family_name, date_of_birth, phone, email, address,
                            health_history, contraindications, archived, created_at, updated_at)
       VALUES (@id, @givenName, @familyName, @dateOfBirth, @phone, @email, @address,
               @healthHistory, @contraindications, 0, @now, @now)`,
    ).run({ ...values, id, now });
    appendAudit(db, { actor, action: 'create', entity: 'client', entityId: id, clientId: id });
    return getClient(db, id);
  })();
}

/** Changes the given fields; records which ones changed. Unchanged input writes nothing. */
export function updateClient(db: Database, actor: string, id: string, changes: Partial<ClientValues>): Client {
  return db.transaction(() => {
    const before = getClient(db, id);
    const changed = (Object.keys(changes) as (keyof ClientValues)[]).filter(
      (key) => changes[key] !== undefined && changes[key] !== before[key],
    );
    if (changed.length === 0) return before;
    const sets = changed.map((key) => `${columns[key]} = @${key}`).join(', ');
    const params = Object.fromEntries(changed.map((key) => [key, changes[key]]));
    db.prepare(`UPDATE clients SET ${sets}, updated_at = @now WHERE id = @id`).run({ ...params, id, now: nowIso() });
    appendAudit(db, { actor, action: 'update', entity: 'client', entityId: id, clientId: id, changes: changed });
    return getClient(db, id);
  })();
}

export function setClientArchived(db: Database, actor: string, id: string, archived: boolean): Client {
  return db.transaction(() => {
    const before = getClient(db, id);
    if (before.archived === archived) return before;
    db.prepare('UPDATE clients SET archived = ?, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, nowIso(), id);
    appendAudit(db, { actor, action: archived ? 'archive' : 'restore', entity: 'client', entityId: id, clientId: id });
    return getClient(db, id);
  })();
}
