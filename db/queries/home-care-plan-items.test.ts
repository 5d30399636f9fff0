import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ACTOR, clientWithSession, openTempDb } from '../testing/temp-db';
import { listAuditForClient } from './audit-log';
import { createExercise, retireExercise } from './exercises';
import {
  addHomeCareItem,
  listHomeCareItemsForSession,
  removeHomeCareItem,
  reorderHomeCareItems,
  updateHomeCareItem,
} from './home-care-plan-items';

function planFor() {
  const { db } = openTempDb();
  const { client, session } = clientWithSession(db);
  const tucks = createExercise(db, ACTOR, { name: 'Chin tucks', holdSeconds: 5, repetitions: 10, timesPerDay: 3 });
  const levator = createExercise(db, ACTOR, { name: 'Levator stretch', holdSeconds: 30, repetitions: 2 });
  const ball = createExercise(db, ACTOR, { name: 'Ball against a wall', holdSeconds: 30 });
  const add = (exerciseId: string, more = {}) =>
    addHomeCareItem(db, ACTOR, { sessionId: session.id, exerciseId, ...more });
  const order = () => listHomeCareItemsForSession(db, session.id).map((i) => i.exerciseId);
  return { db, client, session, tucks, levator, ball, add, order };
}

function sign(db: Database, sessionId: string) {
  db.prepare(
    "UPDATE sessions SET status = 'signed', signed_by = 'X', signed_at = '2026-11-21T10:00:00.000Z' WHERE id = ?",
  ).run(sessionId);
}

describe('home-care plan', () => {
  it('adds exercises at the end with their usual dose unless another is prescribed', () => {
    const { tucks, levator, add, order } = planFor();
    const first = add(tucks.id);
    const second = add(levator.id, { holdSeconds: 20, note: 'Left side only' });
    expect(first).toMatchObject({ position: 0, holdSeconds: 5, repetitions: 10, sets: null, timesPerDay: 3, note: '' });
    expect(second).toMatchObject({ position: 1, holdSeconds: 20, repetitions: 2, note: 'Left side only' });
    expect(order()).toEqual([tucks.id, levator.id]);
  });

  it('changes a dose, removes and reorders items, and records each change', () => {
    const { db, client, session, tucks, levator, ball, add, order } = planFor();
    const [a, b, c] = [add(tucks.id), add(levator.id), add(ball.id)];
    expect(updateHomeCareItem(db, ACTOR, a.id, { repetitions: 8, note: 'Morning and evening' })).toMatchObject({
      repetitions: 8,
      note: 'Morning and evening',
    });
    removeHomeCareItem(db, ACTOR, b.id);
    expect(order()).toEqual([tucks.id, ball.id]);
    reorderHomeCareItems(db, ACTOR, session.id, [c.id, a.id]);
    expect(order()).toEqual([ball.id, tucks.id]);
    expect(add(levator.id).position).toBe(2);
    const log = listAuditForClient(db, client.id).filter((e) => e.entity === 'home_care_plan_item');
    expect(log.map((e) => [e.action, e.changes])).toEqual([
      ['create', []],
      ['create', []],
      ['create', []],
      ['update', ['repetitions', 'note']],
      ['delete', []],
      ['update', ['position']],
      ['update', ['position']],
      ['create', []],
    ]);
  });

  it('refuses a new order that does not match the plan as it is', () => {
    const { db, session, tucks, levator, add, order } = planFor();
    const [a, b] = [add(tucks.id), add(levator.id)];
    const stale = expect.objectContaining({ code: 'conflict', message: expect.stringContaining('has changed') });
    expect(() => reorderHomeCareItems(db, ACTOR, session.id, [b.id])).toThrow(stale);
    expect(() => reorderHomeCareItems(db, ACTOR, session.id, [b.id, b.id])).toThrow(stale);
    expect(() => reorderHomeCareItems(db, ACTOR, session.id, [b.id, a.id, 'x'])).toThrow(stale);
    expect(order()).toEqual([tucks.id, levator.id]);
  });

  it('does not offer a retired exercise', () => {
    const { db, ball, add } = planFor();
    retireExercise(db, ACTOR, ball.id);
    expect(() => add(ball.id)).toThrow('"Ball against a wall" has been retired');
  });

  it('cannot be changed once the session is signed', () => {
    const { db, session, tucks, levator, add, order } = planFor();
    const [a, b] = [add(tucks.id), add(levator.id)];
    sign(db, session.id);
    const refusal = expect.objectContaining({ code: 'read_only', message: expect.stringContaining('is signed') });
    expect(() => add(tucks.id)).toThrow(refusal);
    expect(() => updateHomeCareItem(db, ACTOR, a.id, { sets: 2 })).toThrow(refusal);
    expect(() => removeHomeCareItem(db, ACTOR, a.id)).toThrow(refusal);
    expect(() => reorderHomeCareItems(db, ACTOR, session.id, [b.id, a.id])).toThrow(refusal);
    expect(order()).toEqual([tucks.id, levator.id]);
  });
});
