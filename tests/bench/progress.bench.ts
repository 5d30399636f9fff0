/**
 * Progress at practice scale: one client with 200 visits of 30 points each (the same 30 sites
 * followed through every visit, as carry-forward makes them). Times `progress.get` through the
 * API's dispatch (validation, the queries, putting sites together) against one hand-written SQL
 * query on raw better-sqlite3 that reads the same rows, in the same run and process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../db/api/dispatch';
import { newId } from '../../db/ids';
import { openDatabase } from '../../db/open';
import { createClient, EMPTY_CLIENT } from '../../db/queries/clients';

const VISITS = 200;
const POINTS = 30;
const RUNS = 40;
const WARMUP = 5;

export interface ProgressBenchResult {
  visits: number;
  points: number;
  apiMs: number[];
  rawMs: number[];
}

/** The same rows progress.get reads, in one query: every visit with its points. */
const RAW_SQL = `
  SELECT s.id, s.started_at, s.status, s.pain_before, s.pain_after, s.rom_flexion, s.rom_extension,
         s.rom_lateral_flexion_left, s.rom_lateral_flexion_right, s.rom_rotation_left, s.rom_rotation_right, s.ndi,
         m.id AS mark_id, m.site_id, m.kind, m.activity, m.muscle, m.side, m.view_id, m.tenderness,
         m.tenderness_after, m.ppt_kg_cm2, m.release
    FROM sessions s LEFT JOIN marks m
      ON m.session_id = s.id AND m.deleted_at IS NULL AND m.kind IN ('trigger_point', 'satellite', 'tender_point')
   WHERE s.client_id = ?
   ORDER BY s.started_at, s.id, m.created_at, m.id`;

function seed(file: string): string {
  const db = openDatabase(file);
  try {
    const client = createClient(db, 'bench', { ...EMPTY_CLIENT, givenName: 'Practice', familyName: 'Scale' });
    const sites = Array.from({ length: POINTS }, () => newId());
    const addSession = db.prepare(
      `INSERT INTO sessions (id, client_id, started_at, pain_before, pain_after, rom_rotation_left, ndi,
          created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // A signed session takes no new marks (db/migrations/008): sign each after its marks.
    const sign = db.prepare("UPDATE sessions SET status = 'signed', signed_by = 'Bench', signed_at = ? WHERE id = ?");
    const addMark = db.prepare(
      `INSERT INTO marks (id, session_id, site_id, kind, activity, view_id, artwork_version, x, y, muscle, side,
          tenderness, tenderness_after, ppt_kg_cm2, release, created_at, updated_at)
       VALUES (?, ?, ?, 'trigger_point', ?, 'posterior', 1, ?, ?, 'Upper trapezius', 'right', ?, ?, ?, 'partial', ?, ?)`,
    );
    db.transaction(() => {
      for (let v = 0; v < VISITS; v++) {
        const at = new Date(Date.UTC(2016, 0, 1) + v * 14 * 86_400_000).toISOString();
        const sessionId = newId();
        const ndi = JSON.stringify(Array.from({ length: 10 }, (_, i) => (v + i) % 6));
        addSession.run(sessionId, client.id, at, 7 - (v % 5), 3, 50 + (v % 20), ndi, at, at);
        for (let p = 0; p < POINTS; p++) {
          addMark.run(newId(), sessionId, sites[p], p % 3 ? 'active' : 'latent', 0.3 + p / 100, 0.2, 7, 4, 2.5, at, at);
        }
        sign.run(at, sessionId);
      }
    })();
    return client.id;
  } finally {
    db.close();
  }
}

function time(work: () => void): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

export function runProgressBench(): ProgressBenchResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  try {
    const clientId = seed(file);
    const db = openDatabase(file);
    try {
      const ctx = { db, actor: 'bench', databasePath: file, appVersion: 'bench' };
      const raw = db.prepare(RAW_SQL);
      const api = () => {
        const result = dispatch(ctx, 'progress.get', { clientId });
        if (!result.ok) throw new Error(result.error.message);
      };
      const rawQuery = () => raw.all(clientId);
      for (let i = 0; i < WARMUP; i++) {
        api();
        rawQuery();
      }
      const apiMs: number[] = [];
      const rawMs: number[] = [];
      // Interleaved, so both see the same machine.
      for (let i = 0; i < RUNS; i++) {
        apiMs.push(time(api));
        rawMs.push(time(rawQuery));
      }
      return { visits: VISITS, points: POINTS, apiMs, rawMs };
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
