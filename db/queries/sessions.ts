import type { Database } from 'better-sqlite3';
import { CERVICAL_ROM, positiveRedFlags, type CervicalRom, type RomKey } from '../api/clinical';
import type { OpParsed, Session, SessionListItem, SignedRecord, UnsignedSession } from '../api/contract';
import { AppError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { appendAudit } from './audit-log';
import { getClient } from './clients';
import { planExercisesNow } from './exercises';
import { getSettings } from './settings';

interface SessionRow {
  id: string;
  client_id: string;
  started_at: string;
  duration_minutes: number;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  pain_before: number | null;
  pain_after: number | null;
  rom_flexion: number | null;
  rom_extension: number | null;
  rom_lateral_flexion_left: number | null;
  rom_lateral_flexion_right: number | null;
  rom_rotation_left: number | null;
  rom_rotation_right: number | null;
  red_flags: string;
  red_flags_screened_at: string | null;
  referral_alert_at: string | null;
  perpetuating_factors: string;
  signed_record: string | null;
  ndi: string | null;
  ndi_at: string | null;
  status: Session['status'];
  signed_by: string | null;
  signed_at: string | null;
  created_at: string;
  updated_at: string;
}

export const DEFAULT_SESSION_MINUTES = 60;

const romColumns: Record<RomKey, keyof SessionRow & `rom_${string}`> = {
  flexion: 'rom_flexion',
  extension: 'rom_extension',
  lateralFlexionLeft: 'rom_lateral_flexion_left',
  lateralFlexionRight: 'rom_lateral_flexion_right',
  rotationLeft: 'rom_rotation_left',
  rotationRight: 'rom_rotation_right',
};

/** The six range-of-motion columns of a sessions row as the model's CervicalRom. */
export function romFromRow(row: Pick<SessionRow, (typeof romColumns)[RomKey]>): CervicalRom {
  return Object.fromEntries(CERVICAL_ROM.map(({ key }) => [key, row[romColumns[key]]])) as CervicalRom;
}

function toListItem(row: Omit<SessionRow, 'signed_record'>): SessionListItem {
  return {
    id: row.id,
    clientId: row.client_id,
    startedAt: row.started_at,
    durationMinutes: row.duration_minutes,
    subjective: row.subjective,
    objective: row.objective,
    assessment: row.assessment,
    plan: row.plan,
    painBefore: row.pain_before,
    painAfter: row.pain_after,
    rom: romFromRow(row),
    redFlags: JSON.parse(row.red_flags) as Session['redFlags'],
    redFlagsScreenedAt: row.red_flags_screened_at,
    referralAlertAt: row.referral_alert_at,
    perpetuatingFactors: JSON.parse(row.perpetuating_factors) as Session['perpetuatingFactors'],
    ndi: row.ndi === null ? null : (JSON.parse(row.ndi) as Session['ndi']),
    ndiAt: row.ndi_at,
    status: row.status,
    signedBy: row.signed_by,
    signedAt: row.signed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toModel(row: SessionRow): Session {
  return {
    ...toListItem(row),
    signedRecord: row.signed_record === null ? null : (JSON.parse(row.signed_record) as SignedRecord),
  };
}

/** Every column but signed_record. */
const LIST_COLUMNS = `id, client_id, started_at, duration_minutes, subjective, objective, assessment, plan,
  pain_before, pain_after, rom_flexion, rom_extension, rom_lateral_flexion_left, rom_lateral_flexion_right,
  rom_rotation_left, rom_rotation_right, red_flags, red_flags_screened_at, referral_alert_at,
  perpetuating_factors, ndi, ndi_at, status, signed_by, signed_at, created_at, updated_at`;

export function getSession(db: Database, id: string): Session {
  const row = db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
  if (!row) throw notFound('session');
  return toModel(row);
}

const signedRefusal = () =>
  new AppError('read_only', 'This session is signed and cannot be changed. Add an amendment instead.');

/** Whose session it is and whether it is signed: one narrow row, for the chart's hot paths. */
export function sessionState(db: Database, sessionId: string): { clientId: string; signed: boolean } {
  const row = db.prepare('SELECT client_id, status FROM sessions WHERE id = ?').get(sessionId) as
    { client_id: string; status: string } | undefined;
  if (!row) throw notFound('session');
  return { clientId: row.client_id, signed: row.status === 'signed' };
}

/**
 * The one guard for writes to a session's record: a signed session is locked, and a correction
 * is made as an amendment. Returns the session, so callers can audit against its client.
 */
export function assertSessionEditable(db: Database, sessionId: string): Session {
  const session = getSession(db, sessionId);
  if (session.status === 'signed') throw signedRefusal();
  return session;
}

/** The same guard reading only what a chart save needs (no note, no signed copy). */
export function assertDraft(db: Database, sessionId: string): { clientId: string } {
  const { clientId, signed } = sessionState(db, sessionId);
  if (signed) throw signedRefusal();
  return { clientId };
}

/** Amendments are for signed sessions: a draft is simply edited. */
export function assertSessionSigned(db: Database, sessionId: string): Session {
  const session = getSession(db, sessionId);
  if (session.status !== 'signed') {
    throw new AppError(
      'invalid_input',
      'This session is not signed yet, so change the note itself instead of amending it.',
    );
  }
  return session;
}

/** A client's sessions, newest first. */
export function listSessionsForClient(db: Database, clientId: string): SessionListItem[] {
  if (!db.prepare('SELECT 1 FROM clients WHERE id = ?').get(clientId)) throw notFound('client');
  const rows = db
    .prepare(`SELECT ${LIST_COLUMNS} FROM sessions WHERE client_id = ? ORDER BY started_at DESC, id DESC`)
    .all(clientId) as SessionRow[];
  return rows.map(toListItem);
}

export function createSession(
  db: Database,
  actor: string,
  values: { clientId: string; startedAt?: string | undefined; durationMinutes?: number | undefined },
): Session {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM clients WHERE id = ?').get(values.clientId)) throw notFound('client');
    const id = newId();
    const now = nowIso();
    const startedAt = values.startedAt ? new Date(values.startedAt).toISOString() : now;
    db.prepare(
      `INSERT INTO sessions (id, client_id, started_at, duration_minutes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(id, values.clientId, startedAt, values.durationMinutes ?? DEFAULT_SESSION_MINUTES, now, now);
    carryForward(db, id, values.clientId, startedAt);
    appendAudit(db, { actor, action: 'create', entity: 'session', entityId: id, clientId: values.clientId });
    return getSession(db, id);
  })();
}

/**
 * Offers the points of the client's previous visit for re-assessment: the latest session that
 * began before this one and has points (an empty draft in between, such as a visit started by
 * mistake, is passed over). Its live trigger points, satellites and tender points come first,
 * then the points it was itself offered and left waiting, so a point skipped once is not lost
 * (skipped at two visits in a row, it is no longer offered).
 */
function carryForward(db: Database, sessionId: string, clientId: string, startedAt: string): void {
  // The latest visit before `before` (and not this one) that has points or was offered some.
  const visitWithPoints = db.prepare(
    `SELECT s.id, s.started_at FROM sessions s WHERE s.client_id = ? AND s.id <> ? AND s.started_at <= ?
        AND (s.started_at < ? OR ? IS NULL)
        AND (EXISTS (SELECT 1 FROM marks m WHERE m.session_id = s.id AND m.deleted_at IS NULL
                      AND m.kind IN ('trigger_point', 'satellite', 'tender_point'))
             OR EXISTS (SELECT 1 FROM reassessments r WHERE r.session_id = s.id))
      ORDER BY s.started_at DESC, s.id DESC LIMIT 1`,
  );
  const previous = visitWithPoints.get(clientId, sessionId, startedAt, null, null) as
    { id: string; started_at: string } | undefined;
  if (!previous) return;
  db.prepare(
    `INSERT OR IGNORE INTO reassessments (session_id, site_id, from_mark_id)
     SELECT ?, site_id, id FROM marks
      WHERE session_id = ? AND deleted_at IS NULL AND kind IN ('trigger_point', 'satellite', 'tender_point')
      ORDER BY created_at, id`,
  ).run(sessionId, previous.id);
  // Points the previous visit was offered and left waiting come again, but only if they were
  // charted no earlier than the visit before it: a point skipped at two visits in a row is
  // not offered for ever.
  const beforePrevious = visitWithPoints.get(
    clientId,
    sessionId,
    startedAt,
    previous.started_at,
    previous.started_at,
  ) as { started_at: string } | undefined;
  if (!beforePrevious) return;
  db.prepare(
    `INSERT OR IGNORE INTO reassessments (session_id, site_id, from_mark_id)
     SELECT ?, r.site_id, r.from_mark_id FROM reassessments r
       JOIN marks fm ON fm.id = r.from_mark_id JOIN sessions fs ON fs.id = fm.session_id
      WHERE r.session_id = ? AND r.resolved_at IS NULL AND fs.started_at >= ?
        AND NOT EXISTS (SELECT 1 FROM marks m WHERE m.session_id = r.session_id AND m.site_id = r.site_id
                          AND m.deleted_at IS NULL)`,
  ).run(sessionId, previous.id, beforePrevious.started_at);
}

type SessionChanges = Omit<OpParsed<'sessions.update'>, 'id'>;

/** Changes the given fields of a draft; records which fields changed in the audit log. */
export function updateSession(db: Database, actor: string, id: string, changes: SessionChanges): Session {
  return db.transaction(() => {
    const before = assertSessionEditable(db, id);
    const now = nowIso();
    const sets: Record<string, unknown> = {};
    const changed: string[] = [];
    const put = (field: string, column: string, value: unknown, old: unknown) => {
      if (value === undefined || JSON.stringify(value) === JSON.stringify(old)) return;
      sets[column] = value;
      changed.push(field);
    };
    if (changes.startedAt !== undefined) {
      put('startedAt', 'started_at', new Date(changes.startedAt).toISOString(), before.startedAt);
    }
    put('durationMinutes', 'duration_minutes', changes.durationMinutes, before.durationMinutes);
    put('subjective', 'subjective', changes.subjective, before.subjective);
    put('objective', 'objective', changes.objective, before.objective);
    put('assessment', 'assessment', changes.assessment, before.assessment);
    put('plan', 'plan', changes.plan, before.plan);
    put('painBefore', 'pain_before', changes.painBefore, before.painBefore);
    put('painAfter', 'pain_after', changes.painAfter, before.painAfter);
    for (const { key } of CERVICAL_ROM) {
      put(`rom.${key}`, romColumns[key], changes.rom?.[key], before.rom[key]);
    }
    if (changes.redFlags !== undefined) {
      const answers = { ...before.redFlags, ...changes.redFlags };
      put('redFlags', 'red_flags', JSON.stringify(answers), JSON.stringify(before.redFlags));
      if (sets.red_flags !== undefined) {
        sets.red_flags_screened_at = now;
        const positive = positiveRedFlags(answers).length > 0;
        sets.referral_alert_at = positive ? (before.referralAlertAt ?? now) : null;
        if (sets.referral_alert_at !== before.referralAlertAt) changed.push('referralAlertAt');
      }
    }
    if (changes.perpetuatingFactors !== undefined) {
      const factors = [...new Set(changes.perpetuatingFactors)];
      put(
        'perpetuatingFactors',
        'perpetuating_factors',
        JSON.stringify(factors),
        JSON.stringify(before.perpetuatingFactors),
      );
    }
    if (changes.ndi !== undefined) {
      const json = changes.ndi === null ? null : JSON.stringify(changes.ndi);
      put('ndi', 'ndi', json, before.ndi === null ? null : JSON.stringify(before.ndi));
      if (sets.ndi !== undefined) sets.ndi_at = json === null ? null : now;
    }
    if (changed.length === 0) return before;
    const columns = Object.keys(sets);
    db.prepare(
      `UPDATE sessions SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now WHERE id = @id`,
    ).run({ ...sets, now, id });
    appendAudit(db, {
      actor,
      action: 'update',
      entity: 'session',
      entityId: id,
      clientId: before.clientId,
      changes: changed,
    });
    return getSession(db, id);
  })();
}

/**
 * Signs and locks a draft now, as the practitioner named in settings, keeping a copy of what the
 * note prints besides the session (client, contraindications, practitioner, practice) and of the
 * home-care plan's exercises as the plan shows them (a later edit in the library changes neither).
 */
export function signSession(db: Database, actor: string, id: string): Session {
  return db.transaction(() => {
    const before = assertSessionEditable(db, id);
    const { practitioner, practice } = getSettings(db);
    const client = getClient(db, before.clientId);
    const exercises = planExercisesNow(db, id);
    const record: SignedRecord = {
      client: {
        givenName: client.givenName,
        familyName: client.familyName,
        dateOfBirth: client.dateOfBirth,
        contraindications: client.contraindications,
      },
      practitioner,
      practice,
      ...(exercises.length > 0 ? { homeCare: { exercises } } : {}),
    };
    const name = practitioner.name.trim();
    if (name === '') {
      throw new AppError(
        'invalid_input',
        'Add your name under Settings, Practitioner, before signing. It is printed with your signature.',
      );
    }
    const now = nowIso();
    db.prepare(
      `UPDATE sessions SET status = 'signed', signed_by = ?, signed_at = ?, signed_record = ?, updated_at = ?
        WHERE id = ?`,
    ).run(name, now, JSON.stringify(record), now, id);
    appendAudit(db, {
      actor,
      action: 'sign',
      entity: 'session',
      entityId: id,
      clientId: before.clientId,
      changes: ['status', 'signedBy', 'signedAt'],
    });
    return getSession(db, id);
  })();
}

/** Drafts whose appointment began before `before` (a day ago by default), oldest first. */
export function listUnsignedSessions(db: Database, before: string): UnsignedSession[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.client_id, s.started_at, c.given_name, c.family_name FROM sessions s
         JOIN clients c ON c.id = s.client_id
        WHERE s.status = 'draft' AND s.started_at < ?
        ORDER BY s.started_at, s.id`,
    )
    .all(before) as { id: string; client_id: string; started_at: string; given_name: string; family_name: string }[];
  return rows.map((r) => ({
    sessionId: r.id,
    clientId: r.client_id,
    clientName: [r.given_name, r.family_name].filter(Boolean).join(' '),
    startedAt: r.started_at,
  }));
}
