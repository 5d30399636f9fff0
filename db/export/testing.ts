/**
 * Test support for the export: a client record with something in every table, made through the
 * API as the app makes it, and a fingerprint of every table to prove an import changed nothing.
 */
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { AppError } from '../errors';
import { BUILT_IN_EXERCISES } from '../seed/exercises';
import { chartMark, chartZone, fresh, type TestApi } from '../testing/api';
import { ACTOR } from '../testing/temp-db';
import { importJson } from './import';

export const PRACTITIONER = 'Jo Park';

/** The therapist's name and practice, needed to sign. */
export function setUpPractice(api: TestApi): void {
  api.call('settings.update', {
    practitioner: { name: PRACTITIONER, credentials: 'RMT' },
    practice: { name: 'Park Massage, Studio 2', address: '12 Elm St\nSpringfield', phone: '555 0100' },
    paperSize: 'a4',
  });
}

/**
 * A client with two sessions: the first charted (a trigger point with a satellite and a referral
 * zone), with a home-care plan (the therapist's own exercise and a built-in one, and the trigger
 * point to press), a handout, then signed and amended; the second re-assessing the first's points
 * (the trigger point still present, the satellite resolved).
 */
export function makeClientRecord(api: TestApi, givenName = 'Maya', familyName = 'Okafor') {
  const { call } = api;
  const client = call('clients.create', {
    givenName,
    familyName,
    dateOfBirth: '1984-03-21',
    phone: '+1 (555) 010-2030',
    email: `${givenName.toLowerCase()}@example.com`,
    address: '4 Rue de l’Église, Montréal',
    healthHistory: 'Desk job, "tech neck".\nHeadaches since spring, worse on Mondays.',
    contraindications: 'Takes blood thinners — light pressure only',
  });
  // 23:30 local time: the visit is on 2 Mar wherever the tests run (its UTC day differs west of UTC).
  const first = call('sessions.create', { clientId: client.id, startedAt: new Date(2026, 2, 2, 23, 30).toISOString() });
  call('sessions.update', {
    id: first.id,
    subjective: 'Neck stiff, 6/10 in the morning.',
    painBefore: 6,
    painAfter: 3,
    rom: { flexion: 50, rotationLeft: 60 },
    redFlags: { trauma: false, arm_numbness: false },
    perpetuatingFactors: ['forward_head', 'stress'],
    ndi: [1, 2, 1, 0, null, 2, 1, 1, 0, 1],
  });
  const trapezius = chartMark({ tenderness: 7, technique: 'ischemic_compression', jumpSign: true });
  const satellite = chartMark({ kind: 'satellite', activity: 'latent', parentMarkId: trapezius.id, x: 0.64 });
  const zone = chartZone(trapezius.id);
  call('chart.save', {
    sessionId: first.id,
    marks: [fresh(trapezius), fresh(satellite)],
    zones: [fresh(zone)],
  });
  const ownExercise = call('exercises.create', {
    name: 'Towel stretch, gently',
    targetMuscles: ['Upper trapezius'],
    steps: ['Hold a towel behind your neck.', 'Pull gently forward.'],
    holdSeconds: 20,
  });
  const builtIn = BUILT_IN_EXERCISES[0];
  if (!builtIn) throw new Error('no built-in exercise');
  call('homeCare.save', {
    sessionId: first.id,
    items: [
      { exerciseId: ownExercise.id, holdSeconds: 30, repetitions: 3, sets: null, timesPerDay: 2, note: 'Morning' },
      { exerciseId: builtIn.id, holdSeconds: null, repetitions: null, sets: null, timesPerDay: 1, note: '' },
    ],
    points: [{ markId: trapezius.id, holdSeconds: 30, timesPerDay: 3 }],
    note: 'Screen at eye level.',
    nextVisitAt: '2026-03-09T10:00:00Z',
  });
  const handout = call('handouts.create', { sessionId: first.id, format: 'print' });
  call('sessions.sign', { id: first.id });
  const amendment = call('amendments.add', {
    sessionId: first.id,
    reason: 'Pain after was misheard',
    body: 'Pain after treatment was 4/10, not 3/10.',
  });
  const second = call('sessions.create', { clientId: client.id, startedAt: '2026-03-09T10:00:00Z' });
  const again = chartMark({ siteId: trapezius.id, tenderness: 4 });
  call('chart.save', { sessionId: second.id, marks: [fresh(again)], zones: [] });
  call('chart.resolveSite', { sessionId: second.id, siteId: satellite.id, resolved: true });
  return { client, first, second, trapezius, satellite, zone, ownExercise, builtIn, handout, amendment, again };
}

/** Every table's rows, hashed: equal before and after means nothing at all changed. */
export function fingerprint(db: Database.Database): Record<string, string> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => {
      const rows = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
      return [table, crypto.createHash('sha256').update(JSON.stringify(rows)).digest('hex')];
    }),
  );
}

/** Runs an import that must be refused: returns its message after checking nothing changed. */
export function refusedMessage(db: Database.Database, data: unknown): string {
  const before = fingerprint(db);
  let caught: unknown;
  try {
    importJson(db, data, ACTOR);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect(fingerprint(db)).toEqual(before);
  return (caught as AppError).message;
}
