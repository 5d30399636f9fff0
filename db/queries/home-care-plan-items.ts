/**
 * A session's home-care plan: exercises from the library in the order the client should do them,
 * each with the dose prescribed. The dose starts as the exercise's usual dose and is copied into
 * the plan, so later library edits do not change it; the name and steps are read from the library.
 */
import type { Database } from 'better-sqlite3';
import type { HomeCarePlanItem } from '../api/contract';
import { AppError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { appendAudit } from './audit-log';
import { getExercise } from './exercises';
import { assertSessionEditable, getSession } from './sessions';

interface HomeCarePlanItemRow {
  id: string;
  session_id: string;
  exercise_id: string;
  position: number;
  hold_seconds: number | null;
  repetitions: number | null;
  sets: number | null;
  times_per_day: number | null;
  note: string;
  created_at: string;
  updated_at: string;
}

/** What a therapist can change on a plan item, after validation. */
export type HomeCareDose = Pick<HomeCarePlanItem, 'holdSeconds' | 'repetitions' | 'sets' | 'timesPerDay' | 'note'>;

export type NewHomeCareItem = { sessionId: string; exerciseId: string } & Partial<HomeCareDose>;

const columns: Record<keyof HomeCareDose, keyof HomeCarePlanItemRow> = {
  holdSeconds: 'hold_seconds',
  repetitions: 'repetitions',
  sets: 'sets',
  timesPerDay: 'times_per_day',
  note: 'note',
};
const fields = Object.keys(columns) as (keyof HomeCareDose)[];

function toModel(row: HomeCarePlanItemRow): HomeCarePlanItem {
  return {
    id: row.id,
    sessionId: row.session_id,
    exerciseId: row.exercise_id,
    position: row.position,
    holdSeconds: row.hold_seconds,
    repetitions: row.repetitions,
    sets: row.sets,
    timesPerDay: row.times_per_day,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const entity = 'home_care_plan_item';

export function getHomeCareItem(db: Database, id: string): HomeCarePlanItem {
  const row = db.prepare('SELECT * FROM home_care_plan_items WHERE id = ?').get(id) as HomeCarePlanItemRow | undefined;
  if (!row) throw notFound('home-care exercise');
  return toModel(row);
}

/** A session's plan in the order the client should follow it. */
export function listHomeCareItemsForSession(db: Database, sessionId: string): HomeCarePlanItem[] {
  getSession(db, sessionId);
  const rows = db
    .prepare('SELECT * FROM home_care_plan_items WHERE session_id = ? ORDER BY position, id')
    .all(sessionId) as HomeCarePlanItemRow[];
  return rows.map(toModel);
}

/** Adds an exercise at the end of the plan; any dose left out is the exercise's usual one. */
export function addHomeCareItem(db: Database, actor: string, values: NewHomeCareItem): HomeCarePlanItem {
  return db.transaction(() => {
    const { clientId } = assertSessionEditable(db, values.sessionId);
    const exercise = getExercise(db, values.exerciseId);
    if (exercise.retiredAt) {
      throw new AppError('invalid_input', `"${exercise.name}" has been retired and can no longer be added to a plan.`);
    }
    const id = newId();
    const now = nowIso();
    db.prepare(
      `INSERT INTO home_care_plan_items (id, session_id, exercise_id, position, hold_seconds, repetitions, sets,
                                         times_per_day, note, created_at, updated_at)
       VALUES (@id, @sessionId, @exerciseId,
               (SELECT coalesce(max(position) + 1, 0) FROM home_care_plan_items WHERE session_id = @sessionId),
               @hold, @reps, @sets, @times, @note, @now, @now)`,
    ).run({
      id,
      sessionId: values.sessionId,
      exerciseId: exercise.id,
      hold: values.holdSeconds !== undefined ? values.holdSeconds : exercise.holdSeconds,
      reps: values.repetitions !== undefined ? values.repetitions : exercise.repetitions,
      sets: values.sets !== undefined ? values.sets : exercise.sets,
      times: values.timesPerDay !== undefined ? values.timesPerDay : exercise.timesPerDay,
      note: values.note ?? '',
      now,
    });
    appendAudit(db, { actor, action: 'create', entity, entityId: id, clientId });
    return getHomeCareItem(db, id);
  })();
}

/** Changes the dose or note of one plan item. Unchanged input writes nothing. */
export function updateHomeCareItem(
  db: Database,
  actor: string,
  id: string,
  changes: Partial<HomeCareDose>,
): HomeCarePlanItem {
  return db.transaction(() => {
    const before = getHomeCareItem(db, id);
    const { clientId } = assertSessionEditable(db, before.sessionId);
    const changed = fields.filter((k) => changes[k] !== undefined && changes[k] !== before[k]);
    if (changed.length === 0) return before;
    const sets = changed.map((k) => `${columns[k]} = @${k}`).join(', ');
    const params = Object.fromEntries(changed.map((k) => [k, changes[k]]));
    db.prepare(`UPDATE home_care_plan_items SET ${sets}, updated_at = @now WHERE id = @id`).run({
      ...params,
      id,
      now: nowIso(),
    });
    appendAudit(db, { actor, action: 'update', entity, entityId: id, clientId, changes: changed });
    return getHomeCareItem(db, id);
  })();
}

/**
 * Takes an exercise out of a draft session's plan. The table has no deleted flag, so the row is
 * deleted; the audit log keeps the fact. The others keep their order (positions may have gaps).
 */
export function removeHomeCareItem(db: Database, actor: string, id: string): void {
  db.transaction(() => {
    const item = getHomeCareItem(db, id);
    const { clientId } = assertSessionEditable(db, item.sessionId);
    db.prepare('DELETE FROM home_care_plan_items WHERE id = ?').run(id);
    appendAudit(db, { actor, action: 'delete', entity, entityId: id, clientId });
  })();
}

/** Puts the plan in the order given; `itemIds` must be exactly the plan's items. */
export function reorderHomeCareItems(
  db: Database,
  actor: string,
  sessionId: string,
  itemIds: string[],
): HomeCarePlanItem[] {
  return db.transaction(() => {
    const { clientId } = assertSessionEditable(db, sessionId);
    const items = listHomeCareItemsForSession(db, sessionId);
    const known = new Set(items.map((item) => item.id));
    if (itemIds.length !== known.size || new Set(itemIds).size !== known.size || !itemIds.every((i) => known.has(i))) {
      throw new AppError(
        'conflict',
        'The home-care plan has changed since it was shown. Look at it again and redo the new order.',
      );
    }
    const move = db.prepare('UPDATE home_care_plan_items SET position = ?, updated_at = ? WHERE id = ?');
    const now = nowIso();
    itemIds.forEach((itemId, position) => {
      if (items.find((item) => item.id === itemId)?.position === position) return;
      move.run(position, now, itemId);
      appendAudit(db, { actor, action: 'update', entity, entityId: itemId, clientId, changes: ['position'] });
    });
    return listHomeCareItemsForSession(db, sessionId);
  })();
}
