/** Test support: calling the API through `dispatch` on a fresh temporary database, and chart records. */
import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import {
  UNRECORDED_FINDINGS,
  type ApiErrorBody,
  type ChartMark,
  type ChartZone,
  type Envelope,
  type OpInput,
  type OpName,
  type OpResult,
} from '../api/contract';
import { dispatch } from '../api/dispatch';
import type { ApiContext } from '../api/handlers';
import { ACTOR, openTempDb } from './temp-db';

export interface TestApi {
  db: Database.Database;
  /** The value of an operation that must succeed (throws with the refusal otherwise). */
  call: <K extends OpName>(op: K, input: OpInput<K>) => OpResult<K>;
  /** The error of an operation that must be refused; the input may be deliberately wrong. */
  refusal: (op: OpName, input: unknown) => ApiErrorBody;
}

/** A fresh database and the API over it, as ACTOR. */
export function openTestApi(): TestApi {
  const { db, file } = openTempDb();
  const ctx: ApiContext = { db, actor: ACTOR, databasePath: file, appVersion: 'test' };
  return {
    db,
    call: (op, input) => {
      const result = dispatch(ctx, op, input) as Envelope<OpResult<typeof op>>;
      if (!result.ok) throw new Error(`${op} was refused: ${result.error.message}`);
      return result.value;
    },
    refusal: (op, input) => {
      const result = dispatch(ctx, op, input);
      if (result.ok) throw new Error(`${op} was accepted`);
      return result.error;
    },
  };
}

/** A new trigger point on the right upper trapezius (its own site), nothing recorded yet. */
export function chartMark(overrides: Partial<ChartMark> = {}): ChartMark {
  const id = uuidv7();
  return {
    id,
    siteId: id,
    kind: 'trigger_point',
    activity: 'active',
    viewId: 'posterior',
    artworkVersion: 1,
    x: 0.62,
    y: 0.19,
    muscle: 'Upper trapezius',
    side: 'right',
    parentMarkId: null,
    ...UNRECORDED_FINDINGS,
    deleted: false,
    ...overrides,
  };
}

/** An essential referral zone of a mark, drawn freehand. */
export function chartZone(markId: string, overrides: Partial<ChartZone> = {}): ChartZone {
  return {
    id: uuidv7(),
    markId,
    viewId: 'posterior',
    artworkVersion: 1,
    shape: 'freehand',
    points: [
      [0.6, 0.05],
      [0.66, 0.08],
      [0.63, 0.12],
    ],
    pattern: 'essential',
    deleted: false,
    ...overrides,
  };
}

/** A record the server has not seen yet, as chart.save takes it. */
export const fresh = <T>(record: T) => ({ record, baseVersion: 0 });
