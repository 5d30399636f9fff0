/**
 * What hangs off a mark: satellites linked to their primary trigger point, and the delete that
 * takes a mark's referral zones and satellites with it. Kept apart from marks.ts for size.
 */
import type { Database } from 'better-sqlite3';
import type { Mark } from '../api/contract';
import { AppError } from '../errors';
import { nowIso } from '../ids';
import { appendAudit } from './audit-log';
import { getEditableMark, getMark } from './marks';
import { assertSessionEditable } from './sessions';

const invalid = (message: string) => new AppError('invalid_input', message);

/** A satellite's primary must be a live trigger point of the same session, and not the satellite itself. */
function checkPrimary(db: Database, satellite: Mark, parentId: string): void {
  if (parentId === satellite.id) throw invalid('A satellite cannot be linked to itself.');
  const primary = getMark(db, parentId);
  if (primary.deletedAt) throw invalid('That trigger point has been deleted, so nothing can be linked to it.');
  if (primary.sessionId !== satellite.sessionId) {
    throw invalid('A satellite can only be linked to a trigger point charted in the same session.');
  }
  if (primary.kind === 'satellite') {
    throw invalid('That mark is itself a satellite. Link this one to its primary trigger point instead.');
  }
  if (primary.kind !== 'trigger_point') throw invalid('A satellite can only be linked to a trigger point.');
}

/**
 * Links a satellite to its primary trigger point (parentId), or unlinks it (null). Only a mark
 * of kind 'satellite' can be linked; the change bumps its version like any edit.
 */
export function linkSatellite(db: Database, actor: string, markId: string, parentId: string | null): Mark {
  return db.transaction(() => {
    const { mark, clientId } = getEditableMark(db, markId);
    if (mark.kind !== 'satellite') {
      throw invalid('Only a satellite can be linked to a trigger point. Make this mark a satellite first.');
    }
    if (parentId !== null) checkPrimary(db, mark, parentId);
    if (mark.parentMarkId === parentId) return mark;
    db.prepare('UPDATE marks SET parent_mark_id = ?, version = version + 1, updated_at = ? WHERE id = ?').run(
      parentId,
      nowIso(),
      markId,
    );
    appendAudit(db, { actor, action: 'update', entity: 'mark', entityId: markId, clientId, changes: ['parentMarkId'] });
    return getMark(db, markId);
  })();
}

/**
 * Removes a mark from the chart. The row stays (nothing clinical is erased); it is flagged
 * deleted. Its referral zones go with it, and so do its satellites with their zones: a satellite
 * is charted only in relation to its primary, so it is soft-deleted with it rather than left
 * unlinked. Every row flagged gets its own audit entry. Deleting a deleted mark does nothing.
 */
export function softDeleteMark(db: Database, actor: string, id: string): Mark {
  return db.transaction(() => {
    const mark = getMark(db, id);
    const { clientId } = assertSessionEditable(db, mark.sessionId);
    if (mark.deletedAt) return mark;
    const now = nowIso();
    const live = (sql: string, parentId: string) => db.prepare(sql).pluck().all(parentId) as string[];
    const satellites = live('SELECT id FROM marks WHERE parent_mark_id = ? AND deleted_at IS NULL', id);
    const flag = (table: string, entity: string, entityId: string) => {
      db.prepare(`UPDATE ${table} SET deleted_at = @now, version = version + 1, updated_at = @now WHERE id = @id`).run({
        now,
        id: entityId,
      });
      appendAudit(db, { actor, action: 'delete', entity, entityId, clientId, changes: ['deletedAt'] });
    };
    for (const markId of [id, ...satellites]) {
      for (const zoneId of live('SELECT id FROM referral_zones WHERE mark_id = ? AND deleted_at IS NULL', markId)) {
        flag('referral_zones', 'referral_zone', zoneId);
      }
      flag('marks', 'mark', markId);
    }
    return getMark(db, id);
  })();
}
