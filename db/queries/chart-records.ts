/**
 * The body chart as the editor sees it: marks and referral zones as whole records with ids made
 * by the editor, saved with optimistic versions. Reads and writes the `marks` and
 * `referral_zones` tables (their row shapes live in marks.ts and referral-zones.ts).
 */
import type { Database } from 'better-sqlite3';
import type { ChartMark, ChartZone, Mark, ReferralZone, Versioned } from '../api/contract';
import { AppError } from '../errors';
import { appendAudit } from './audit-log';
import { toModel as markFromRow, type MarkRow } from './marks';
import { toModel as zoneFromRow, type ReferralZoneRow } from './referral-zones';

export function toChartMark(mark: Mark): Versioned<ChartMark> {
  return {
    id: mark.id,
    kind: mark.kind,
    activity: mark.activity,
    viewId: mark.viewId as ChartMark['viewId'],
    artworkVersion: mark.artworkVersion,
    x: mark.x,
    y: mark.y,
    muscle: mark.muscle,
    side: mark.side,
    parentMarkId: mark.parentMarkId,
    pressure: mark.pressure,
    pressureKgCm2: mark.pressureKgCm2,
    pptKgCm2: mark.pptKgCm2,
    siteId: mark.siteId,
    holdSeconds: mark.holdSeconds,
    repetitions: mark.repetitions,
    technique: mark.technique === '' ? null : (mark.technique as ChartMark['technique']),
    tenderness: mark.tenderness,
    tendernessAfter: mark.tendernessAfter,
    jumpSign: mark.jumpSign,
    twitchResponse: mark.twitchResponse,
    referredPainReproduced: mark.referredPainReproduced,
    referredPainWhere: mark.referredPainWhere,
    release: mark.release,
    note: mark.note,
    deleted: mark.deletedAt !== null,
    version: mark.version,
  };
}

export function toChartZone(zone: ReferralZone): Versioned<ChartZone> {
  return {
    id: zone.id,
    markId: zone.markId,
    viewId: zone.viewId as ChartZone['viewId'],
    artworkVersion: zone.artworkVersion,
    shape: zone.shape,
    points: zone.points,
    pattern: zone.pattern,
    deleted: zone.deletedAt !== null,
    version: zone.version,
  };
}

/** The live marks and zones of a session's chart. */
export function readChart(
  db: Database,
  sessionId: string,
): { marks: Versioned<ChartMark>[]; zones: Versioned<ChartZone>[] } {
  const rows = db
    .prepare('SELECT * FROM marks WHERE session_id = ? AND deleted_at IS NULL ORDER BY created_at, id')
    .all(sessionId) as MarkRow[];
  return {
    marks: rows.map((row) => toChartMark(markFromRow(row))),
    zones: (
      db
        .prepare(
          `SELECT z.* FROM referral_zones z JOIN marks m ON m.id = z.mark_id
            WHERE m.session_id = ? AND z.deleted_at IS NULL AND m.deleted_at IS NULL ORDER BY z.created_at, z.id`,
        )
        .all(sessionId) as ReferralZoneRow[]
    ).map((row) => toChartZone(zoneFromRow(row))),
  };
}

const CONFLICT =
  'This chart was changed in another window, so your last change was not saved. The chart now shows the latest version.';

/** Fields whose values differ, for the audit log (names only, never values). */
function changedFields<T extends object>(before: T | undefined, after: T): string[] {
  if (!before) return [];
  return (Object.keys(after) as (keyof T)[])
    .filter((k) => k !== 'version' && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map(String);
}

interface WriteContext {
  actor: string;
  sessionId: string;
  clientId: string;
  now: string;
}

/** One audit entry for a saved record: created, deleted, or which fields changed (none when nothing did). */
function auditRecord(
  db: Database,
  ctx: WriteContext,
  entity: 'mark' | 'referral_zone',
  before: { id: string; deleted: boolean } | undefined,
  after: { id: string; deleted: boolean },
  changes: string[] = changedFields(before, after),
): void {
  const action = !before ? 'create' : !before.deleted && after.deleted ? 'delete' : 'update';
  // A record sent again as it was changes nothing a therapist wrote: no entry.
  if (before && changes.length === 0) return;
  appendAudit(db, { actor: ctx.actor, action, entity, entityId: after.id, clientId: ctx.clientId, changes });
}

/**
 * Which of the chart's link rules a save could have broken (see checkChartLinks): a tenderness
 * typed into a live point breaks none, so the save that carries it runs none of their queries.
 */
export interface LinkChecks {
  /** Every live satellite has a live trigger point of this chart. */
  satellites: boolean;
  /** Every live zone belongs to a live trigger point or satellite of this chart. */
  zones: boolean;
  /** No two live marks share a site. */
  sites: boolean;
}

export const noLinkChecks = (): LinkChecks => ({ satellites: false, zones: false, sites: false });
const ALL_LINK_CHECKS: LinkChecks = { satellites: true, zones: true, sites: true };

/** Notes in `checks` the rules that writing `after` over `before` could break. */
function noteLinkChecks(checks: LinkChecks, before: ChartMark | undefined, after: ChartMark): void {
  // A mark gone or changed in kind can leave its satellites or zones without a live owner.
  const ownerChanged = before !== undefined && (before.deleted !== after.deleted || before.kind !== after.kind);
  if (ownerChanged) checks.satellites = checks.zones = true;
  if (after.kind === 'satellite' && !after.deleted) checks.satellites = true;
  // Even a deleted satellite must name a primary that exists (the file's foreign key).
  if (after.parentMarkId !== null && after.parentMarkId !== before?.parentMarkId) checks.satellites = true;
  if (!after.deleted && (!before || before.deleted || before.siteId !== after.siteId)) checks.sites = true;
}

/** Each field the editor sends (all but the id) and its column and statement parameter. */
const MARK_COLUMNS = {
  kind: ['kind', 'kind'],
  activity: ['activity', 'activity'],
  viewId: ['view_id', 'viewId'],
  artworkVersion: ['artwork_version', 'artworkVersion'],
  x: ['x', 'x'],
  y: ['y', 'y'],
  muscle: ['muscle', 'muscle'],
  side: ['side', 'side'],
  parentMarkId: ['parent_mark_id', 'parentMarkId'],
  pressure: ['pressure', 'pressure'],
  pressureKgCm2: ['pressure_kg_cm2', 'pressureKgCm2'],
  pptKgCm2: ['ppt_kg_cm2', 'pptKgCm2'],
  siteId: ['site_id', 'siteId'],
  holdSeconds: ['hold_seconds', 'holdSeconds'],
  repetitions: ['repetitions', 'repetitions'],
  technique: ['technique', 'technique'],
  tenderness: ['tenderness', 'tenderness'],
  tendernessAfter: ['tenderness_after', 'tendernessAfter'],
  jumpSign: ['jump_sign', 'jumpSign'],
  twitchResponse: ['twitch_response', 'twitchResponse'],
  referredPainReproduced: ['referred_pain_reproduced', 'referredPainReproduced'],
  referredPainWhere: ['referred_pain_where', 'referredPainWhere'],
  release: ['release', 'release'],
  note: ['note', 'note'],
  deleted: ['deleted_at', 'deletedAt'],
} as const satisfies Record<Exclude<keyof ChartMark, 'id'>, readonly [string, string]>;

const insertFields = Object.values(MARK_COLUMNS).filter(([column]) => column !== 'deleted_at');
const MARK_INSERT_COLUMNS = insertFields.map(([column]) => column).join(', ');
const MARK_INSERT_PARAMS = insertFields.map(([, param]) => `@${param}`).join(', ');

/** Inserts or replaces one mark; refuses when the saved version is not the one the editor saw. */
export function writeChartMark(
  db: Database,
  ctx: WriteContext,
  record: ChartMark,
  baseVersion: number,
  checks: LinkChecks = { ...ALL_LINK_CHECKS },
): number {
  const row = db.prepare('SELECT * FROM marks WHERE id = ?').get(record.id) as MarkRow | undefined;
  if (row && row.session_id !== ctx.sessionId)
    throw new AppError('invalid_input', 'That mark belongs to another session.');
  const before = row ? toChartMark(markFromRow(row)) : undefined;
  if ((before?.version ?? 0) !== baseVersion) throw new AppError('conflict', CONFLICT);
  noteLinkChecks(checks, before, record);
  if (record.siteId !== record.id && record.siteId !== before?.siteId) {
    const carried = db
      .prepare('SELECT 1 FROM reassessments WHERE session_id = ? AND site_id = ?')
      .get(ctx.sessionId, record.siteId);
    if (!carried) throw new AppError('invalid_input', 'That point was not carried over from the previous visit.');
  }
  // Charting a carried point as still present takes back a "resolved" given before. Only a mark
  // that comes alive on a carried site can: a live mark keeps its site resolved-free (resolving
  // is refused while the point is charted), and a mark that is its own site was never carried.
  const comesAliveOnSite = !before || before.deleted || before.siteId !== record.siteId;
  if (!record.deleted && record.siteId !== record.id && comesAliveOnSite) {
    const cleared = db
      .prepare(
        'UPDATE reassessments SET resolved_at = NULL WHERE session_id = ? AND site_id = ? AND resolved_at IS NOT NULL',
      )
      .run(ctx.sessionId, record.siteId);
    if (cleared.changes > 0) {
      appendAudit(db, {
        actor: ctx.actor,
        action: 'update',
        entity: 'reassessment',
        entityId: record.siteId,
        clientId: ctx.clientId,
        changes: ['resolved'],
      });
    }
  }
  const params = {
    ...record,
    sessionId: ctx.sessionId,
    technique: record.technique ?? '',
    jumpSign: record.jumpSign === null ? null : Number(record.jumpSign),
    twitchResponse: record.twitchResponse === null ? null : Number(record.twitchResponse),
    referredPainReproduced: record.referredPainReproduced === null ? null : Number(record.referredPainReproduced),
    deletedAt: record.deleted ? (row?.deleted_at ?? ctx.now) : null,
    version: baseVersion + 1,
    now: ctx.now,
  };
  const changes = changedFields(before, record);
  if (before) {
    // Only the columns that changed (a typed tenderness writes one), then the version.
    const set = changes.map((field) => {
      const column = MARK_COLUMNS[field as keyof typeof MARK_COLUMNS];
      if (!column) throw new Error(`chart-records: no column for the mark field ${field}`);
      return `${column[0]} = @${column[1]}`;
    });
    db.prepare(`UPDATE marks SET ${[...set, 'version = @version', 'updated_at = @now'].join(', ')} WHERE id = @id`).run(
      params,
    );
  } else {
    db.prepare(
      `INSERT INTO marks (id, session_id, ${MARK_INSERT_COLUMNS}, version, deleted_at, created_at, updated_at)
       VALUES (@id, @sessionId, ${MARK_INSERT_PARAMS}, @version, @deletedAt, @now, @now)`,
    ).run(params);
  }
  auditRecord(db, ctx, 'mark', before, record, changes);
  return params.version;
}

/** Inserts or replaces one referral zone, with the same version rule as marks. */
export function writeChartZone(db: Database, ctx: WriteContext, record: ChartZone, baseVersion: number): number {
  const sessionOf = db.prepare('SELECT session_id FROM marks WHERE id = ?').pluck();
  const existing = db.prepare('SELECT * FROM referral_zones WHERE id = ?').get(record.id) as
    ReferralZoneRow | undefined;
  if (
    (existing && sessionOf.get(existing.mark_id) !== ctx.sessionId) ||
    sessionOf.get(record.markId) !== ctx.sessionId
  ) {
    throw new AppError('invalid_input', 'A referral zone must belong to a trigger point or satellite on this chart.');
  }
  const before = existing ? toChartZone(zoneFromRow(existing)) : undefined;
  if ((before?.version ?? 0) !== baseVersion) throw new AppError('conflict', CONFLICT);
  const params = {
    ...record,
    points: JSON.stringify(record.points),
    deletedAt: record.deleted ? (existing?.deleted_at ?? ctx.now) : null,
    version: baseVersion + 1,
    now: ctx.now,
  };
  db.prepare(
    `INSERT INTO referral_zones (id, mark_id, view_id, artwork_version, shape, points, pattern, version, deleted_at,
        created_at, updated_at)
     VALUES (@id, @markId, @viewId, @artworkVersion, @shape, @points, @pattern, @version, @deletedAt, @now, @now)
     ON CONFLICT (id) DO UPDATE SET mark_id = @markId, view_id = @viewId, artwork_version = @artworkVersion,
        shape = @shape, points = @points, pattern = @pattern, version = @version, deleted_at = @deletedAt,
        updated_at = @now`,
  ).run(params);
  auditRecord(db, ctx, 'referral_zone', before, record);
  return params.version;
}

/**
 * After a save, the chart must still hang together: every live satellite has a live primary
 * trigger point in the same session (and a deleted one names a mark of this session, or none), and every live zone belongs to a live trigger point or
 * satellite of this session. Throws (so the whole save rolls back) with the first problem.
 */
export function checkChartLinks(db: Database, sessionId: string, checks: LinkChecks = ALL_LINK_CHECKS): void {
  const orphanSatellite =
    checks.satellites &&
    db
      .prepare(
        `SELECT s.id FROM marks s LEFT JOIN marks p ON p.id = s.parent_mark_id
        WHERE s.session_id = ? AND s.kind = 'satellite'
          AND (s.parent_mark_id IS NOT NULL AND (p.id IS NULL OR p.session_id <> s.session_id)
            OR s.deleted_at IS NULL
              AND (p.id IS NULL OR p.deleted_at IS NOT NULL OR p.kind <> 'trigger_point' OR p.session_id <> s.session_id))
        LIMIT 1`,
      )
      .get(sessionId);
  if (orphanSatellite) {
    throw new AppError(
      'invalid_input',
      'A satellite must be linked to a trigger point on this chart. Select its primary first.',
    );
  }
  const orphanZone =
    checks.zones &&
    db
      .prepare(
        `SELECT z.id FROM referral_zones z JOIN marks m ON m.id = z.mark_id
        WHERE m.session_id = ? AND z.deleted_at IS NULL
          AND (m.deleted_at IS NOT NULL OR m.kind NOT IN ('trigger_point', 'satellite'))
        LIMIT 1`,
      )
      .get(sessionId);
  if (orphanZone) {
    throw new AppError('invalid_input', 'A referral zone must belong to a trigger point or satellite on this chart.');
  }
  const sharedSite =
    checks.sites &&
    db
      .prepare(
        `SELECT site_id FROM marks WHERE session_id = ? AND deleted_at IS NULL
        GROUP BY site_id HAVING count(*) > 1 LIMIT 1`,
      )
      .get(sessionId);
  if (sharedSite) {
    throw new AppError('invalid_input', 'That point from the previous visit is already on this chart.');
  }
}
