/**
 * The API at practice size: each operation the app does often, timed through `dispatch` (as
 * both transports call it), beside the same work done by hand-written SQL on raw
 * better-sqlite3 in the same run (the floor). Operations run on a copy of the cached practice
 * database, so writes never change the cache.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { dispatch } from '../../../db/api/dispatch';
import type { Envelope } from '../../../db/api/contract';
import { openDatabase } from '../../../db/open';
import { appendAudit } from '../../../db/queries/audit-log';
import { PROGRESS_POINTS_SQL, PROGRESS_VISITS_SQL } from '../../../db/queries/progress';
import type { PracticeSize } from './generate';
import { practiceDatabase } from './generate';

export interface Measure {
  name: string;
  /** Target for the API's p95, ms. */
  targetMs: number;
  apiMs: number[];
  floorMs: number[];
}

const RUNS = 30;

function time(work: () => void): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

function ok<T>(result: Envelope<unknown>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

export function runPracticeApiBench(size: PracticeSize, log: (line: string) => void): Measure[] {
  const cached = practiceDatabase(size, log);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-practice-'));
  const file = path.join(dir, 'practice.sqlite');
  fs.copyFileSync(cached, file);
  const measures: Measure[] = [];
  try {
    // Opening the file as the app does, checks included, against the same steps by hand: the
    // header read, a read-only look (id, version, quick_check of the small tables), then the
    // writing connection with its settings. (The whole-file check runs afterwards in a worker.)
    const openByHand = () => {
      const header = Buffer.alloc(100);
      const fd = fs.openSync(file, 'r');
      fs.readSync(fd, header, 0, 100, 0);
      fs.closeSync(fd);
      const look = new Database(file, { readonly: true });
      look.pragma('application_id', { simple: true });
      look.pragma('user_version', { simple: true });
      for (const table of ['sqlite_schema', 'settings', 'clients', 'exercises'])
        look.pragma(`quick_check("${table}")`, { simple: true });
      look.close();
      const db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      db.pragma('user_version', { simple: true });
      db.close();
    };
    const open: Measure = { name: 'Open the database file', targetMs: 300, apiMs: [], floorMs: [] };
    for (let i = 0; i < 12; i++) {
      const api = time(() => openDatabase(file).close());
      const floor = time(openByHand);
      if (i < 2) continue; // the first opens read the small tables from disk
      open.apiMs.push(api);
      open.floorMs.push(floor);
    }
    measures.push(open);

    const db = openDatabase(file);
    const raw = new Database(file, { readonly: true });
    try {
      const ctx = { db, actor: 'bench', databasePath: file, appVersion: 'bench' };
      const call = <T>(op: string, input: unknown) => ok<T>(dispatch(ctx, op, input));
      const clients = raw.prepare('SELECT id, given_name FROM clients ORDER BY id').all() as {
        id: string;
        given_name: string;
      }[];
      const pick = (i: number) => clients[(i * 7919) % clients.length] as (typeof clients)[number];
      const busiest = raw
        .prepare('SELECT client_id FROM sessions GROUP BY client_id ORDER BY count(*) DESC LIMIT 1')
        .pluck()
        .get() as string;
      const measure = (name: string, targetMs: number, api: (i: number) => void, floor: (i: number) => void) => {
        const m: Measure = { name, targetMs, apiMs: [], floorMs: [] };
        for (let i = 0; i < 3; i++) {
          api(i);
          floor(i);
        }
        for (let i = 0; i < RUNS; i++) {
          m.apiMs.push(time(() => api(i)));
          m.floorMs.push(time(() => floor(i)));
        }
        measures.push(m);
      };

      // Search as you type: every prefix of a first name.
      const searchFloor = raw.prepare(
        `SELECT c.*, (SELECT max(started_at) FROM sessions s WHERE s.client_id = c.id) AS last_visit_at,
                (SELECT count(*) FROM sessions s WHERE s.client_id = c.id) AS visit_count
           FROM clients c
          WHERE c.archived = 0 AND (c.family_name LIKE ? OR c.given_name LIKE ?)
          ORDER BY c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE LIMIT 50`,
      );
      const prefixes = (i: number) => {
        const name = pick(i).given_name;
        return name.slice(0, 1 + (i % name.length));
      };
      measure(
        'Search clients as you type (one prefix)',
        10,
        (i) => call('clients.search', { query: prefixes(i) }),
        (i) => searchFloor.all(`${prefixes(i)}%`, `${prefixes(i)}%`),
      );

      const clientFloor = raw.prepare('SELECT * FROM clients WHERE id = ?');
      const sessionsFloor = raw.prepare('SELECT * FROM sessions WHERE client_id = ? ORDER BY started_at DESC');
      measure(
        'Open a client page (client, sessions)',
        20,
        (i) => {
          call('clients.get', { id: pick(i).id });
          call('sessions.listForClient', { clientId: pick(i).id });
        },
        (i) => {
          clientFloor.get(pick(i).id);
          sessionsFloor.all(pick(i).id);
        },
      );

      const sessionIds = raw.prepare('SELECT id FROM sessions ORDER BY id').pluck().all() as string[];
      const session = (i: number) => sessionIds[(i * 104729) % sessionIds.length] as string;
      const sessionFloor = raw.prepare('SELECT * FROM sessions WHERE id = ?');
      const marksFloor = raw.prepare('SELECT * FROM marks WHERE session_id = ? AND deleted_at IS NULL');
      const zonesFloor = raw.prepare(
        `SELECT z.* FROM referral_zones z JOIN marks m ON m.id = z.mark_id
          WHERE m.session_id = ? AND z.deleted_at IS NULL AND m.deleted_at IS NULL`,
      );
      const carriedFloor = raw.prepare(
        'SELECT m.* FROM reassessments r JOIN marks m ON m.id = r.from_mark_id WHERE r.session_id = ?',
      );
      measure(
        'Open a session (note, marks, zones, points to re-assess)',
        10,
        (i) => {
          call('sessions.get', { id: session(i) });
          call('chart.get', { sessionId: session(i) });
        },
        (i) => {
          sessionFloor.get(session(i));
          marksFloor.all(session(i));
          zonesFloor.all(session(i));
          carriedFloor.all(session(i));
        },
      );

      // Durable edits on the busiest client's latest (draft) session.
      const draft = raw
        .prepare("SELECT id FROM sessions WHERE client_id = ? AND status = 'draft' ORDER BY started_at DESC LIMIT 1")
        .pluck()
        .get(busiest) as string;
      const chart = call<{ marks: ({ id: string; version: number } & Record<string, unknown>)[] }>('chart.get', {
        sessionId: draft,
      });
      const [target, other] = chart.marks;
      if (!target || !other) throw new Error('the draft session has too few marks');
      let version = target.version;
      const record = Object.fromEntries(Object.entries(target).filter(([key]) => key !== 'version'));
      // The floor does the same work by hand: check the session is a draft, check the version the
      // editor saw, write the whole mark as the editor sends it, append the audit entry, commit.
      const floorSession = db.prepare('SELECT status, client_id FROM sessions WHERE id = ?');
      const floorVersion = db.prepare('SELECT version FROM marks WHERE id = ?').pluck();
      const floorUpdate = db.prepare(
        `UPDATE marks SET kind = @kind, activity = @activity, view_id = @viewId, artwork_version = @artworkVersion,
            x = @x, y = @y, muscle = @muscle, side = @side, parent_mark_id = @parentMarkId, pressure = @pressure,
            pressure_kg_cm2 = @pressureKgCm2, ppt_kg_cm2 = @pptKgCm2, site_id = @siteId, hold_seconds = @holdSeconds,
            repetitions = @repetitions, technique = @technique, tenderness = @tenderness,
            tenderness_after = @tendernessAfter, jump_sign = @jumpSign, twitch_response = @twitchResponse,
            referred_pain_reproduced = @referredPainReproduced, referred_pain_where = @referredPainWhere,
            release = @release, note = @note, version = version + 1, updated_at = @now
          WHERE id = @id AND version = @version`,
      );
      // The chained audit entry (its hash over the previous one) is part of the floor.
      const floorAudit = (at: string, entityId: string, clientId: string) =>
        appendAudit(db, {
          actor: 'bench',
          action: 'update',
          entity: 'mark',
          entityId,
          clientId,
          changes: ['tenderness'],
          at,
        });
      const otherRow = {
        ...other,
        technique: other.technique ?? '',
        jumpSign: other.jumpSign === null ? null : Number(other.jumpSign),
        twitchResponse: other.twitchResponse === null ? null : Number(other.twitchResponse),
        referredPainReproduced: other.referredPainReproduced === null ? null : Number(other.referredPainReproduced),
      };
      delete (otherRow as Record<string, unknown>).deleted;
      measure(
        'Save one mark edit, durably',
        10,
        (i) => {
          const saved = call<{ versions: Record<string, number> }>('chart.save', {
            sessionId: draft,
            marks: [{ record: { ...record, tenderness: i % 10 }, baseVersion: version }],
            zones: [],
          });
          version = saved.versions[target.id] ?? version;
        },
        // Another mark of the same chart, so the API's versions stay its own.
        (i) =>
          db.transaction(() => {
            const now = new Date().toISOString();
            const session = floorSession.get(draft) as { status: string; client_id: string };
            if (session.status !== 'draft') throw new Error('signed');
            const current = floorVersion.get(other.id) as number;
            floorUpdate.run({ ...otherRow, tenderness: i % 10, version: current, now });
            floorAudit(now, other.id, session.client_id);
          })(),
      );

      const visitsFloor = raw.prepare(PROGRESS_VISITS_SQL);
      const pointsFloor = raw.prepare(PROGRESS_POINTS_SQL);
      measure(
        'Load a client’s progress data (the busiest client)',
        50,
        () => call('progress.get', { clientId: busiest }),
        () => {
          visitsFloor.all(busiest);
          pointsFloor.all(busiest);
        },
      );

      // The floor: find the client's last visit, add the session, carry that visit's points and
      // the ones it left waiting (not charted, not resolved), audit, read the new session back.
      const lastVisitFloor = db.prepare(
        'SELECT id FROM sessions WHERE client_id = ? AND started_at <= ? ORDER BY started_at DESC LIMIT 1',
      );
      const addSessionFloor = db.prepare(
        `INSERT INTO sessions (id, client_id, started_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
      );
      const carryFloor = db.prepare(
        `INSERT INTO reassessments (session_id, site_id, from_mark_id)
         SELECT ?, site_id, id FROM marks WHERE session_id = ? AND deleted_at IS NULL`,
      );
      const carryWaitingFloor = db.prepare(
        `INSERT OR IGNORE INTO reassessments (session_id, site_id, from_mark_id)
         SELECT ?, r.site_id, r.from_mark_id FROM reassessments r
          WHERE r.session_id = ? AND r.resolved_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM marks m WHERE m.session_id = r.session_id AND m.site_id = r.site_id)`,
      );
      const sessionAuditFloor = (at: string, entityId: string, clientId: string) =>
        appendAudit(db, { actor: 'bench', action: 'create', entity: 'session', entityId, clientId, at });
      const readSessionFloor = db.prepare('SELECT * FROM sessions WHERE id = ?');
      let n = 0;
      measure(
        'Create a session with carry-forward',
        20,
        (i) => call('sessions.create', { clientId: pick(i).id }),
        (i) =>
          db.transaction(() => {
            const id = `ffffffff-0000-7000-8000-${String(++n).padStart(12, '0')}`;
            const now = new Date().toISOString();
            // Other clients than the API's, so neither finds the other's new session as the last visit.
            const clientId = pick(i + 1000).id;
            const last = lastVisitFloor.get(clientId, now) as { id: string } | undefined;
            addSessionFloor.run(id, clientId, now, now, now);
            if (last) {
              carryFloor.run(id, last.id);
              carryWaitingFloor.run(id, last.id);
            }
            sessionAuditFloor(now, id, clientId);
            readSessionFloor.get(id);
          })(),
      );
    } finally {
      raw.close();
      db.close();
    }
    return measures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
