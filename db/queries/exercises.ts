/**
 * The exercise library. It is not client data, so its audit entries carry no client. Built-in
 * exercises ship with Knotbook: a therapist can hide or unhide them, never edit or retire them.
 * A retired exercise stays readable for the plans that used it, but cannot be changed.
 */
import type { Database } from 'better-sqlite3';
import type { Exercise, PlanExercise } from '../api/contract';
import { AppError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { appendAudit } from './audit-log';

interface ExerciseRow {
  id: string;
  name: string;
  body_region: string;
  /** JSON: string[] */
  target_muscles: string;
  /** JSON: string[] */
  steps: string;
  cautions: string;
  illustration: Exercise['illustration'];
  hold_seconds: number | null;
  repetitions: number | null;
  sets: number | null;
  times_per_day: number | null;
  built_in: 0 | 1;
  hidden: 0 | 1;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The fields a therapist edits, after validation. */
export type ExerciseValues = Omit<Exercise, 'id' | 'builtIn' | 'hidden' | 'retiredAt' | 'createdAt' | 'updatedAt'>;

/** A new exercise; `builtIn` is for Knotbook's own seed list only. */
export type NewExercise = Pick<ExerciseValues, 'name'> & Partial<ExerciseValues> & { builtIn?: boolean | undefined };

const columns: Record<keyof ExerciseValues, keyof ExerciseRow> = {
  name: 'name',
  bodyRegion: 'body_region',
  targetMuscles: 'target_muscles',
  steps: 'steps',
  cautions: 'cautions',
  illustration: 'illustration',
  holdSeconds: 'hold_seconds',
  repetitions: 'repetitions',
  sets: 'sets',
  timesPerDay: 'times_per_day',
};
const fields = Object.keys(columns) as (keyof ExerciseValues)[];
const lists: (keyof ExerciseValues)[] = ['targetMuscles', 'steps'];

const empty: Omit<ExerciseValues, 'name'> = {
  bodyRegion: '',
  targetMuscles: [],
  steps: [],
  cautions: '',
  illustration: null,
  holdSeconds: null,
  repetitions: null,
  sets: null,
  timesPerDay: null,
};

function toModel(row: ExerciseRow): Exercise {
  return {
    id: row.id,
    name: row.name,
    bodyRegion: row.body_region,
    targetMuscles: JSON.parse(row.target_muscles) as string[],
    steps: JSON.parse(row.steps) as string[],
    cautions: row.cautions,
    illustration: row.illustration,
    holdSeconds: row.hold_seconds,
    repetitions: row.repetitions,
    sets: row.sets,
    timesPerDay: row.times_per_day,
    builtIn: row.built_in === 1,
    hidden: row.hidden === 1,
    retiredAt: row.retired_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Named parameters keyed by column, lists as JSON. */
function toParams(values: Partial<ExerciseValues>, keys: (keyof ExerciseValues)[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [columns[k], lists.includes(k) ? JSON.stringify(values[k]) : values[k]]));
}

function checkName(name: string | undefined): void {
  if (name !== undefined && name.trim() === '') throw new AppError('invalid_input', 'An exercise needs a name.');
}

export function getExercise(db: Database, id: string): Exercise {
  const row = db.prepare('SELECT * FROM exercises WHERE id = ?').get(id) as ExerciseRow | undefined;
  if (!row) throw notFound('exercise');
  return toModel(row);
}

/** An exercise as a plan shows it (and as signing keeps it). */
export function toPlanExercise(exercise: Exercise): PlanExercise {
  return {
    exerciseId: exercise.id,
    name: exercise.name,
    illustration: exercise.illustration,
    targetMuscles: exercise.targetMuscles,
    steps: exercise.steps,
    cautions: exercise.cautions,
  };
}

/**
 * The exercises of a session's plan as the library has them now, in the plan's order: what a
 * draft's plan shows, and what signing keeps (signSession stores it in the signed record).
 */
export function planExercisesNow(db: Database, sessionId: string): PlanExercise[] {
  const rows = db
    .prepare(
      `SELECT e.* FROM home_care_plan_items i JOIN exercises e ON e.id = i.exercise_id
        WHERE i.session_id = ? ORDER BY i.position, i.created_at, i.id`,
    )
    .all(sessionId) as ExerciseRow[];
  return rows.map((row) => toPlanExercise(toModel(row)));
}

/** The library by name; hidden and retired exercises only when asked for. */
export function listExercises(db: Database, options: { includeHidden: boolean; includeRetired: boolean }): Exercise[] {
  const rows = db
    .prepare(
      `SELECT * FROM exercises
        WHERE (hidden = 0 OR @hidden) AND (retired_at IS NULL OR @retired)
        ORDER BY name COLLATE NOCASE, id`,
    )
    .all({ hidden: options.includeHidden ? 1 : 0, retired: options.includeRetired ? 1 : 0 }) as ExerciseRow[];
  return rows.map(toModel);
}

export function createExercise(db: Database, actor: string, values: NewExercise): Exercise {
  return db.transaction(() => {
    checkName(values.name);
    const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
    const exercise = { ...empty, ...defined } as ExerciseValues;
    const id = newId();
    const cols = fields.map((k) => columns[k]);
    db.prepare(
      `INSERT INTO exercises (id, ${cols.join(', ')}, built_in, hidden, created_at, updated_at)
       VALUES (@id, ${cols.map((c) => `@${c}`).join(', ')}, @builtIn, 0, @now, @now)`,
    ).run({ ...toParams(exercise, fields), id, builtIn: values.builtIn ? 1 : 0, now: nowIso() });
    appendAudit(db, { actor, action: 'create', entity: 'exercise', entityId: id, clientId: null });
    return getExercise(db, id);
  })();
}

/** Changes the given fields of a therapist's own exercise. Unchanged input writes nothing. */
export function updateExercise(db: Database, actor: string, id: string, changes: Partial<ExerciseValues>): Exercise {
  return db.transaction(() => {
    const before = getExercise(db, id);
    if (before.builtIn) {
      throw new AppError(
        'read_only',
        'Built-in exercises cannot be edited. Add your own exercise instead, and hide this one if you like.',
      );
    }
    if (before.retiredAt)
      throw new AppError('read_only', 'This exercise has been retired and can no longer be edited.');
    checkName(changes.name);
    const same = (k: keyof ExerciseValues) => JSON.stringify(changes[k]) === JSON.stringify(before[k]);
    const changed = fields.filter((k) => changes[k] !== undefined && !same(k));
    if (changed.length === 0) return before;
    const sets = changed.map((k) => `${columns[k]} = @${columns[k]}`).join(', ');
    db.prepare(`UPDATE exercises SET ${sets}, updated_at = @now WHERE id = @id`).run({
      ...toParams(changes, changed),
      id,
      now: nowIso(),
    });
    appendAudit(db, { actor, action: 'update', entity: 'exercise', entityId: id, clientId: null, changes: changed });
    return getExercise(db, id);
  })();
}

/** Hides an exercise from the library list, or shows it again; built-ins included. */
export function setExerciseHidden(db: Database, actor: string, id: string, hidden: boolean): Exercise {
  return db.transaction(() => {
    const before = getExercise(db, id);
    if (before.hidden === hidden) return before;
    db.prepare('UPDATE exercises SET hidden = ?, updated_at = ? WHERE id = ?').run(hidden ? 1 : 0, nowIso(), id);
    appendAudit(db, { actor, action: 'update', entity: 'exercise', entityId: id, clientId: null, changes: ['hidden'] });
    return getExercise(db, id);
  })();
}

/** Takes a therapist's own exercise out of use for good; plans that used it still show it. */
export function retireExercise(db: Database, actor: string, id: string): Exercise {
  return db.transaction(() => {
    const before = getExercise(db, id);
    if (before.builtIn) {
      throw new AppError(
        'read_only',
        'Built-in exercises cannot be retired. Hide it instead to keep it out of the list.',
      );
    }
    if (before.retiredAt) return before;
    const now = nowIso();
    db.prepare('UPDATE exercises SET retired_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
    appendAudit(db, {
      actor,
      action: 'archive',
      entity: 'exercise',
      entityId: id,
      clientId: null,
      changes: ['retiredAt'],
    });
    return getExercise(db, id);
  })();
}

/** A copy the therapist owns, of any exercise (a built-in one included), named "… (copy)". */
export function duplicateExercise(db: Database, actor: string, id: string): Exercise {
  return db.transaction(() => {
    const source = getExercise(db, id);
    const values = Object.fromEntries(fields.map((k) => [k, source[k]])) as ExerciseValues;
    return createExercise(db, actor, { ...values, name: `${source.name} (copy)`.slice(0, 120) });
  })();
}
