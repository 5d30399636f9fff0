import type { Database } from 'better-sqlite3';
import type { ReferralZone } from '../api/contract';
import { AppError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { appendAudit } from './audit-log';
import { getEditableMark, getMark } from './marks';
import { assertSessionEditable, getSession } from './sessions';

export interface ReferralZoneRow {
  id: string;
  mark_id: string;
  view_id: string;
  artwork_version: number;
  shape: ReferralZone['shape'];
  /** JSON: [[x, y], ...] */
  points: string;
  pattern: ReferralZone['pattern'];
  version: number;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The fields a therapist edits on a zone, after validation. */
export type ReferralZoneValues = Pick<ReferralZone, 'viewId' | 'artworkVersion' | 'shape' | 'points' | 'pattern'>;

/** A new zone, drawn for a mark; a polygon unless said otherwise. */
export type NewReferralZone = Omit<ReferralZoneValues, 'shape'> & {
  markId: string;
  shape?: ReferralZone['shape'] | undefined;
};

const columns: Record<keyof ReferralZoneValues, keyof ReferralZoneRow> = {
  viewId: 'view_id',
  artworkVersion: 'artwork_version',
  shape: 'shape',
  points: 'points',
  pattern: 'pattern',
};
const fields = Object.keys(columns) as (keyof ReferralZoneValues)[];

export function toModel(row: ReferralZoneRow): ReferralZone {
  return {
    id: row.id,
    markId: row.mark_id,
    viewId: row.view_id,
    artworkVersion: row.artwork_version,
    shape: row.shape,
    points: JSON.parse(row.points) as [number, number][],
    pattern: row.pattern,
    version: row.version,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Named parameters keyed by column, points as JSON. */
function toParams(values: Partial<ReferralZoneValues>, keys: (keyof ReferralZoneValues)[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [columns[k], k === 'points' ? JSON.stringify(values[k]) : values[k]]));
}

/** SQLite only checks that points is a JSON array, so the shape of it is checked here. */
function checkPoints(shape: ReferralZone['shape'], points: unknown): void {
  const least = shape === 'polygon' ? 3 : 2;
  if (!Array.isArray(points) || points.length < least) {
    throw new AppError('invalid_input', `A ${shape} referral zone needs at least ${least} points.`);
  }
  const inside = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1;
  if (!points.every((p) => Array.isArray(p) && p.length === 2 && p.every(inside))) {
    throw new AppError(
      'invalid_input',
      'Every point of a referral zone must lie on the body chart (x and y from 0 to 1).',
    );
  }
}

/** A zone, deleted or not. */
export function getReferralZone(db: Database, id: string): ReferralZone {
  const row = db.prepare('SELECT * FROM referral_zones WHERE id = ?').get(id) as ReferralZoneRow | undefined;
  if (!row) throw notFound('referral zone');
  return toModel(row);
}

/** The zones drawn for one mark, oldest first; deleted zones are left out. */
export function listReferralZonesForMark(db: Database, markId: string): ReferralZone[] {
  getMark(db, markId);
  const rows = db
    .prepare('SELECT * FROM referral_zones WHERE mark_id = ? AND deleted_at IS NULL ORDER BY created_at, id')
    .all(markId) as ReferralZoneRow[];
  return rows.map(toModel);
}

/** Every zone on a session's chart, oldest first; zones of deleted marks are left out too. */
export function listReferralZonesForSession(db: Database, sessionId: string): ReferralZone[] {
  getSession(db, sessionId);
  const rows = db
    .prepare(
      `SELECT z.* FROM referral_zones z JOIN marks m ON m.id = z.mark_id
        WHERE m.session_id = ? AND z.deleted_at IS NULL AND m.deleted_at IS NULL
        ORDER BY z.created_at, z.id`,
    )
    .all(sessionId) as ReferralZoneRow[];
  return rows.map(toModel);
}

export function createReferralZone(db: Database, actor: string, values: NewReferralZone): ReferralZone {
  return db.transaction(() => {
    const { clientId } = getEditableMark(db, values.markId);
    const zone: ReferralZoneValues = { ...values, shape: values.shape ?? 'polygon' };
    checkPoints(zone.shape, zone.points);
    const id = newId();
    db.prepare(
      `INSERT INTO referral_zones (id, mark_id, view_id, artwork_version, shape, points, pattern, created_at, updated_at)
       VALUES (@id, @markId, @view_id, @artwork_version, @shape, @points, @pattern, @now, @now)`,
    ).run({ ...toParams(zone, fields), id, markId: values.markId, now: nowIso() });
    appendAudit(db, { actor, action: 'create', entity: 'referral_zone', entityId: id, clientId });
    return getReferralZone(db, id);
  })();
}

/**
 * Changes the given fields of a zone the caller saw at `expectedVersion` (like marks, so a
 * stale edit from another window or an undo is refused). Unchanged input writes nothing.
 */
export function updateReferralZone(
  db: Database,
  actor: string,
  id: string,
  expectedVersion: number,
  changes: Partial<ReferralZoneValues>,
): ReferralZone {
  return db.transaction(() => {
    const before = getReferralZone(db, id);
    const { clientId } = getEditableMark(db, before.markId);
    if (before.deletedAt)
      throw new AppError('conflict', 'This referral zone has been deleted, so it cannot be changed.');
    if (before.version !== expectedVersion) {
      throw new AppError(
        'conflict',
        'This referral zone was changed somewhere else since it was shown. Look at it again and redo your change.',
      );
    }
    const same = (k: keyof ReferralZoneValues) => JSON.stringify(changes[k]) === JSON.stringify(before[k]);
    const changed = fields.filter((k) => changes[k] !== undefined && !same(k));
    if (changed.length === 0) return before;
    checkPoints(changes.shape ?? before.shape, changes.points ?? before.points);
    const sets = changed.map((k) => `${columns[k]} = @${columns[k]}`).join(', ');
    db.prepare(`UPDATE referral_zones SET ${sets}, version = version + 1, updated_at = @now WHERE id = @id`).run({
      ...toParams(changes, changed),
      id,
      now: nowIso(),
    });
    appendAudit(db, { actor, action: 'update', entity: 'referral_zone', entityId: id, clientId, changes: changed });
    return getReferralZone(db, id);
  })();
}

/** Removes a zone from the chart; the row stays, flagged deleted. Deleting it twice does nothing. */
export function softDeleteReferralZone(db: Database, actor: string, id: string): ReferralZone {
  return db.transaction(() => {
    const zone = getReferralZone(db, id);
    const { clientId } = assertSessionEditable(db, getMark(db, zone.markId).sessionId);
    if (zone.deletedAt) return zone;
    const now = nowIso();
    db.prepare('UPDATE referral_zones SET deleted_at = ?, version = version + 1, updated_at = ? WHERE id = ?').run(
      now,
      now,
      id,
    );
    appendAudit(db, {
      actor,
      action: 'delete',
      entity: 'referral_zone',
      entityId: id,
      clientId,
      changes: ['deletedAt'],
    });
    return getReferralZone(db, id);
  })();
}
