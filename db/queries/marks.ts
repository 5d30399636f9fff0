import type { Database } from 'better-sqlite3';
import type { Mark } from '../api/contract';
import { AppError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { appendAudit } from './audit-log';
import { assertSessionEditable, getSession } from './sessions';

export interface MarkRow {
  id: string;
  session_id: string;
  kind: Mark['kind'];
  view_id: string;
  artwork_version: number;
  x: number;
  y: number;
  muscle: string | null;
  activity: Mark['activity'];
  parent_mark_id: string | null;
  pressure: number | null;
  pressure_kg_cm2: number | null;
  ppt_kg_cm2: number | null;
  site_id: string;
  side: Mark['side'];
  hold_seconds: number | null;
  repetitions: number | null;
  technique: string;
  tenderness: number | null;
  jump_sign: 0 | 1 | null;
  twitch_response: 0 | 1 | null;
  referred_pain_reproduced: 0 | 1 | null;
  referred_pain_where: string;
  release: Mark['release'];
  tenderness_after: number | null;
  note: string;
  version: number;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The fields a therapist edits on a mark, after validation. Satellites are linked with linkSatellite (mark-links.ts). */
export type MarkValues = Omit<
  Mark,
  'id' | 'siteId' | 'sessionId' | 'parentMarkId' | 'version' | 'deletedAt' | 'createdAt' | 'updatedAt'
>;

/** A new mark: where it is and what kind; every finding left out starts as "not recorded". */
export type NewMark = Pick<MarkValues, 'kind' | 'viewId' | 'artworkVersion' | 'x' | 'y'> &
  Partial<MarkValues> & { sessionId: string };

const columns: Record<keyof MarkValues, keyof MarkRow> = {
  kind: 'kind',
  viewId: 'view_id',
  artworkVersion: 'artwork_version',
  x: 'x',
  y: 'y',
  muscle: 'muscle',
  activity: 'activity',
  pressure: 'pressure',
  pressureKgCm2: 'pressure_kg_cm2',
  pptKgCm2: 'ppt_kg_cm2',
  side: 'side',
  holdSeconds: 'hold_seconds',
  repetitions: 'repetitions',
  technique: 'technique',
  tenderness: 'tenderness',
  jumpSign: 'jump_sign',
  twitchResponse: 'twitch_response',
  referredPainReproduced: 'referred_pain_reproduced',
  referredPainWhere: 'referred_pain_where',
  release: 'release',
  tendernessAfter: 'tenderness_after',
  note: 'note',
};
const fields = Object.keys(columns) as (keyof MarkValues)[];

const notRecorded: Omit<MarkValues, 'kind' | 'viewId' | 'artworkVersion' | 'x' | 'y'> = {
  muscle: null,
  activity: null,
  pressure: null,
  pressureKgCm2: null,
  pptKgCm2: null,
  side: null,
  holdSeconds: null,
  repetitions: null,
  technique: '',
  tenderness: null,
  jumpSign: null,
  twitchResponse: null,
  referredPainReproduced: null,
  referredPainWhere: '',
  release: null,
  tendernessAfter: null,
  note: '',
};

const bool = (v: 0 | 1 | null) => (v === null ? null : v === 1);

export function toModel(row: MarkRow): Mark {
  return {
    id: row.id,
    sessionId: row.session_id,
    kind: row.kind,
    viewId: row.view_id,
    artworkVersion: row.artwork_version,
    x: row.x,
    y: row.y,
    muscle: row.muscle,
    activity: row.activity,
    parentMarkId: row.parent_mark_id,
    pressure: row.pressure,
    pressureKgCm2: row.pressure_kg_cm2,
    pptKgCm2: row.ppt_kg_cm2,
    siteId: row.site_id,
    side: row.side,
    holdSeconds: row.hold_seconds,
    repetitions: row.repetitions,
    technique: row.technique,
    tenderness: row.tenderness,
    jumpSign: bool(row.jump_sign),
    twitchResponse: bool(row.twitch_response),
    referredPainReproduced: bool(row.referred_pain_reproduced),
    referredPainWhere: row.referred_pain_where,
    release: row.release,
    tendernessAfter: row.tenderness_after,
    note: row.note,
    version: row.version,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Named parameters keyed by column, booleans as 0/1. */
function toParams(values: Partial<MarkValues>, keys: (keyof MarkValues)[]): Record<string, unknown> {
  return Object.fromEntries(
    keys.map((k) => [columns[k], typeof values[k] === 'boolean' ? Number(values[k]) : values[k]]),
  );
}

/** Refuses combinations a chart cannot hold, in plain words, before SQLite's checks would. */
function checkKind(db: Database, mark: Pick<Mark, 'id' | 'kind' | 'activity' | 'parentMarkId'>): void {
  if (mark.activity !== null && mark.kind !== 'trigger_point' && mark.kind !== 'satellite') {
    throw new AppError('invalid_input', 'Only a trigger point or a satellite can be marked active or latent.');
  }
  if (mark.parentMarkId !== null && mark.kind !== 'satellite') {
    throw new AppError(
      'invalid_input',
      'This mark is linked to a trigger point as a satellite. Unlink it before making it another kind of mark.',
    );
  }
  const satellites = db.prepare('SELECT count(*) FROM marks WHERE parent_mark_id = ? AND deleted_at IS NULL');
  if (mark.kind !== 'trigger_point' && (satellites.pluck().get(mark.id) as number) > 0) {
    throw new AppError(
      'invalid_input',
      'This trigger point has satellites linked to it. Unlink them before making it another kind of mark.',
    );
  }
}

/** A mark, deleted or not. */
export function getMark(db: Database, id: string): Mark {
  const row = db.prepare('SELECT * FROM marks WHERE id = ?').get(id) as MarkRow | undefined;
  if (!row) throw notFound('mark');
  return toModel(row);
}

/** A mark that can still be changed (not deleted, in a session that is not signed), with its client. */
export function getEditableMark(db: Database, id: string): { mark: Mark; clientId: string } {
  const mark = getMark(db, id);
  const { clientId } = assertSessionEditable(db, mark.sessionId);
  if (mark.deletedAt) throw new AppError('conflict', 'This mark has been deleted, so it cannot be changed.');
  return { mark, clientId };
}

/** The marks on a session's chart, oldest first; deleted marks are left out. */
export function listMarksForSession(db: Database, sessionId: string): Mark[] {
  getSession(db, sessionId);
  const rows = db
    .prepare('SELECT * FROM marks WHERE session_id = ? AND deleted_at IS NULL ORDER BY created_at, id')
    .all(sessionId) as MarkRow[];
  return rows.map(toModel);
}

export function createMark(db: Database, actor: string, values: NewMark): Mark {
  return db.transaction(() => {
    const { clientId } = assertSessionEditable(db, values.sessionId);
    const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
    const mark = { ...notRecorded, ...defined } as MarkValues;
    const id = newId();
    checkKind(db, { id, kind: mark.kind, activity: mark.activity, parentMarkId: null });
    const cols = fields.map((k) => columns[k]);
    db.prepare(
      `INSERT INTO marks (id, site_id, session_id, ${cols.join(', ')}, created_at, updated_at)
       VALUES (@id, @id, @sessionId, ${cols.map((c) => `@${c}`).join(', ')}, @now, @now)`,
    ).run({ ...toParams(mark, fields), id, sessionId: values.sessionId, now: nowIso() });
    appendAudit(db, { actor, action: 'create', entity: 'mark', entityId: id, clientId });
    return getMark(db, id);
  })();
}

/**
 * Changes the given fields of a mark the caller saw at `expectedVersion`; refuses when it has
 * changed since (another window, an undo). Unchanged input writes nothing.
 */
export function updateMark(
  db: Database,
  actor: string,
  id: string,
  expectedVersion: number,
  changes: Partial<MarkValues>,
): Mark {
  return db.transaction(() => {
    const { mark: before, clientId } = getEditableMark(db, id);
    if (before.version !== expectedVersion) {
      throw new AppError(
        'conflict',
        'This mark was changed somewhere else since it was shown. Look at it again and redo your change.',
      );
    }
    const changed = fields.filter((k) => changes[k] !== undefined && changes[k] !== before[k]);
    if (changed.length === 0) return before;
    checkKind(db, { ...before, ...Object.fromEntries(changed.map((k) => [k, changes[k]])) });
    const sets = changed.map((k) => `${columns[k]} = @${columns[k]}`).join(', ');
    db.prepare(`UPDATE marks SET ${sets}, version = version + 1, updated_at = @now WHERE id = @id`).run({
      ...toParams(changes, changed),
      id,
      now: nowIso(),
    });
    appendAudit(db, { actor, action: 'update', entity: 'mark', entityId: id, clientId, changes: changed });
    return getMark(db, id);
  })();
}
