import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ACTOR, openTempDb } from '../testing/temp-db';
import {
  createExercise,
  getExercise,
  listExercises,
  retireExercise,
  setExerciseHidden,
  updateExercise,
} from './exercises';

const chinTucks = {
  name: 'Chin tucks',
  bodyRegion: 'neck',
  targetMuscles: ['deep neck flexors', 'suboccipitals'],
  steps: ['Sit tall with your eyes level.', 'Draw your chin straight back without nodding.'],
  holdSeconds: 5,
  repetitions: 10,
  builtIn: true,
};

function exerciseAudit(db: Database) {
  return db.prepare("SELECT action, client_id, changes FROM audit_log WHERE entity = 'exercise' ORDER BY id").all();
}

describe('exercises', () => {
  it('keep their muscles and steps as lists, and are audited without a client', () => {
    const { db } = openTempDb();
    const own = createExercise(db, ACTOR, { name: 'Ball against a wall', steps: ['Lean into the ball.'] });
    expect(getExercise(db, own.id)).toMatchObject({
      ...{ name: 'Ball against a wall', steps: ['Lean into the ball.'], targetMuscles: [], cautions: '' },
      ...{ holdSeconds: null, builtIn: false, hidden: false, retiredAt: null },
    });
    updateExercise(db, ACTOR, own.id, {
      targetMuscles: ['rhomboids'],
      steps: ['Lean into the ball.'],
      holdSeconds: 30,
    });
    expect(getExercise(db, own.id)).toMatchObject({ targetMuscles: ['rhomboids'], holdSeconds: 30 });
    expect(exerciseAudit(db)).toEqual([
      { action: 'create', client_id: null, changes: '[]' },
      { action: 'update', client_id: null, changes: '["targetMuscles","holdSeconds"]' },
    ]);
  });

  it('list by name, leaving hidden and retired ones out unless asked (the seeded ones aside)', () => {
    const { db } = openTempDb();
    const levator = createExercise(db, ACTOR, { name: 'Levator stretch' });
    const tucks = createExercise(db, ACTOR, chinTucks);
    const roller = createExercise(db, ACTOR, { name: 'foam roller under the neck' });
    setExerciseHidden(db, ACTOR, tucks.id, true);
    retireExercise(db, ACTOR, roller.id);
    const names = (options: { includeHidden: boolean; includeRetired: boolean }) =>
      listExercises(db, options)
        .filter((e) => [levator.id, tucks.id, roller.id].includes(e.id))
        .map((e) => e.name);
    expect(names({ includeHidden: false, includeRetired: false })).toEqual(['Levator stretch']);
    expect(names({ includeHidden: true, includeRetired: false })).toEqual(['Chin tucks', 'Levator stretch']);
    expect(names({ includeHidden: true, includeRetired: true })).toEqual([
      'Chin tucks',
      'foam roller under the neck',
      'Levator stretch',
    ]);
    expect(getExercise(db, levator.id).retiredAt).toBeNull();
  });

  it('built in can be hidden and shown again, but never edited or retired', () => {
    const { db } = openTempDb();
    const tucks = createExercise(db, ACTOR, chinTucks);
    expect(setExerciseHidden(db, ACTOR, tucks.id, true).hidden).toBe(true);
    expect(setExerciseHidden(db, ACTOR, tucks.id, false).hidden).toBe(false);
    expect(() => updateExercise(db, ACTOR, tucks.id, { steps: [] })).toThrow(
      expect.objectContaining({
        code: 'read_only',
        message: expect.stringContaining('Built-in exercises cannot be edited'),
      }),
    );
    expect(() => retireExercise(db, ACTOR, tucks.id)).toThrow(
      expect.objectContaining({ code: 'read_only', message: expect.stringContaining('Hide it instead') }),
    );
    expect(getExercise(db, tucks.id)).toMatchObject({ steps: chinTucks.steps, retiredAt: null });
    expect(exerciseAudit(db)).toHaveLength(3);
  });

  it('a retired exercise of your own is kept but can no longer be edited', () => {
    const { db } = openTempDb();
    const own = createExercise(db, ACTOR, { name: 'Shoulder rolls' });
    const retired = retireExercise(db, ACTOR, own.id);
    expect(retired.retiredAt).not.toBeNull();
    expect(() => updateExercise(db, ACTOR, own.id, { name: 'Arm circles' })).toThrow('has been retired');
    expect(() => createExercise(db, ACTOR, { name: '  ' })).toThrow('An exercise needs a name.');
  });
});
