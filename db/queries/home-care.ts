/**
 * A session's home-care plan as one piece: the exercises with their doses (table
 * home_care_plan_items), the client's own points to press (home_care_points), a personal note
 * and the next appointment (columns of sessions). Saved whole, in one transaction; locked with
 * the session once it is signed, when its exercises are kept as they were (signed_record.homeCare).
 */
import type { Database } from 'better-sqlite3';
import { notForSelfPressure } from '../api/clinical';
import type { HomeCarePlan, OpParsed, PlanExercise, PlanPoint, SignedHomeCare } from '../api/contract';
import { AppError } from '../errors';
import { newId, nowIso } from '../ids';
import { appendAudit } from './audit-log';
import { getExercise, planExercisesNow } from './exercises';
import { assertSessionEditable, getSession } from './sessions';

interface ItemRow {
  exercise_id: string;
  position: number;
  hold_seconds: number | null;
  repetitions: number | null;
  sets: number | null;
  times_per_day: number | null;
  note: string;
}

interface PointRow {
  mark_id: string;
  hold_seconds: number | null;
  times_per_day: number | null;
}

/** The home care kept in a signed record, or null (a draft, or a session signed before it was kept). */
export function signedHomeCare(signedRecord: unknown): SignedHomeCare | null {
  const kept = (signedRecord as { homeCare?: unknown } | null)?.homeCare as SignedHomeCare | undefined;
  return kept && Array.isArray(kept.exercises) ? kept : null;
}

/**
 * The exercises as the plan shows them: the library's now for a draft; for a signed session, as
 * they were at signing (an exercise the signed record does not hold, on a session signed before
 * it kept them, is shown as the library has it).
 */
function shownExercises(db: Database, sessionId: string, signedRecord: unknown): PlanExercise[] {
  const now = planExercisesNow(db, sessionId);
  const kept = signedHomeCare(signedRecord);
  if (!kept) return now;
  const byId = new Map(kept.exercises.map((e) => [e.exerciseId, e]));
  return now.map((e) => byId.get(e.exerciseId) ?? e);
}

export function getPlan(db: Database, sessionId: string): HomeCarePlan {
  const session = getSession(db, sessionId);
  const extra = db
    .prepare('SELECT home_care_note AS note, next_visit_at AS nextVisitAt FROM sessions WHERE id = ?')
    .get(sessionId) as { note: string; nextVisitAt: string | null };
  const items = (
    db
      .prepare('SELECT * FROM home_care_plan_items WHERE session_id = ? ORDER BY position, created_at, id')
      .all(sessionId) as ItemRow[]
  ).map((row, position) => ({
    exerciseId: row.exercise_id,
    position,
    holdSeconds: row.hold_seconds,
    repetitions: row.repetitions,
    sets: row.sets,
    timesPerDay: row.times_per_day,
    note: row.note,
  }));
  const points = (
    db
      .prepare(
        `SELECT p.* FROM home_care_points p JOIN marks m ON m.id = p.mark_id
          WHERE p.session_id = ? AND m.deleted_at IS NULL ORDER BY p.position, p.mark_id`,
      )
      .all(sessionId) as PointRow[]
  ).map((row): PlanPoint => ({ markId: row.mark_id, holdSeconds: row.hold_seconds, timesPerDay: row.times_per_day }));
  const chartedMuscles = db
    .prepare(
      `SELECT DISTINCT muscle FROM marks WHERE session_id = ? AND deleted_at IS NULL AND muscle IS NOT NULL
        ORDER BY muscle`,
    )
    .pluck()
    .all(sessionId) as string[];
  return {
    sessionId,
    editable: session.status !== 'signed',
    items,
    exercises: shownExercises(db, sessionId, session.status === 'signed' ? session.signedRecord : null),
    points,
    note: extra.note,
    nextVisitAt: extra.nextVisitAt,
    chartedMuscles,
  };
}

/** Replaces the session's plan with the one given; records which parts changed. */
export function savePlan(db: Database, actor: string, input: OpParsed<'homeCare.save'>): HomeCarePlan {
  return db.transaction(() => {
    const { clientId } = assertSessionEditable(db, input.sessionId);
    const before = getPlan(db, input.sessionId);
    const kept = new Set(before.items.map((i) => i.exerciseId));
    const seen = new Set<string>();
    for (const item of input.items) {
      const exercise = getExercise(db, item.exerciseId);
      if (seen.has(item.exerciseId)) {
        throw new AppError('invalid_input', `"${exercise.name}" is in the plan twice. Keep it once.`);
      }
      seen.add(item.exerciseId);
      if (exercise.retiredAt && !kept.has(exercise.id)) {
        throw new AppError(
          'invalid_input',
          `"${exercise.name}" has been retired and can no longer be added to a plan.`,
        );
      }
    }
    const markOf = db.prepare('SELECT session_id, kind, deleted_at, muscle FROM marks WHERE id = ?');
    const pointIds = new Set<string>();
    for (const point of input.points) {
      const mark = markOf.get(point.markId) as
        { session_id: string; kind: string; deleted_at: string | null; muscle: string | null } | undefined;
      if (!mark || mark.session_id !== input.sessionId || mark.deleted_at !== null || mark.kind === 'note_pin') {
        throw new AppError('invalid_input', 'A point to press must be a trigger point or tender point on this chart.');
      }
      if (notForSelfPressure(mark.muscle)) {
        throw new AppError(
          'invalid_input',
          `A point on the ${mark.muscle} is not one to press at home: large blood vessels and nerves run beside it.`,
        );
      }
      if (pointIds.has(point.markId)) throw new AppError('invalid_input', 'A point to press is listed twice.');
      pointIds.add(point.markId);
    }
    const nextVisitAt = input.nextVisitAt === null ? null : new Date(input.nextVisitAt).toISOString();
    const after = {
      // Same key order as getPlan's, so an unchanged plan compares equal.
      items: input.items.map((item, position) => ({
        exerciseId: item.exerciseId,
        position,
        holdSeconds: item.holdSeconds,
        repetitions: item.repetitions,
        sets: item.sets,
        timesPerDay: item.timesPerDay,
        note: item.note,
      })),
      points: input.points.map((p) => ({ markId: p.markId, holdSeconds: p.holdSeconds, timesPerDay: p.timesPerDay })),
      note: input.note,
      nextVisitAt,
    };
    const changes = (['items', 'points', 'note', 'nextVisitAt'] as const).filter(
      (k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]),
    );
    if (changes.length === 0) return before;

    const now = nowIso();
    db.prepare('DELETE FROM home_care_plan_items WHERE session_id = ?').run(input.sessionId);
    const addItem = db.prepare(
      `INSERT INTO home_care_plan_items (id, session_id, exercise_id, position, hold_seconds, repetitions, sets,
          times_per_day, note, created_at, updated_at)
       VALUES (@id, @sessionId, @exerciseId, @position, @holdSeconds, @repetitions, @sets, @timesPerDay, @note,
          @now, @now)`,
    );
    for (const item of after.items) addItem.run({ ...item, id: newId(), sessionId: input.sessionId, now });
    db.prepare('DELETE FROM home_care_points WHERE session_id = ?').run(input.sessionId);
    const addPoint = db.prepare(
      `INSERT INTO home_care_points (session_id, mark_id, position, hold_seconds, times_per_day)
       VALUES (?, ?, ?, ?, ?)`,
    );
    after.points.forEach((p, i) => addPoint.run(input.sessionId, p.markId, i, p.holdSeconds, p.timesPerDay));
    db.prepare('UPDATE sessions SET home_care_note = ?, next_visit_at = ?, updated_at = ? WHERE id = ?').run(
      after.note,
      nextVisitAt,
      now,
      input.sessionId,
    );
    appendAudit(db, {
      actor,
      action: 'update',
      entity: 'home_care_plan',
      entityId: input.sessionId,
      clientId,
      changes: [...changes],
    });
    return getPlan(db, input.sessionId);
  })();
}
