/**
 * A realistic practice database for the benchmarks, made through the same db/ code the app uses
 * (clients, sessions with carry-forward, charts saved as the editor saves them, plans, handouts,
 * signing; every write with its audit entry). Seeded: the same size always gives the same file.
 * Cached under .bench-cache/ by size and schema version.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ChartMark, ChartZone, Exercise } from '../../../db/api/contract';
import { UNRECORDED_FINDINGS } from '../../../db/api/contract';
import { saveChart } from '../../../db/api/chart';
import { withIdSources } from '../../../db/ids';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { openDatabase } from '../../../db/open';
import { createClient, EMPTY_CLIENT } from '../../../db/queries/clients';
import { listExercises } from '../../../db/queries/exercises';
import { buildHandoutContent } from '../../../db/queries/handout-content';
import { recordHandout } from '../../../db/queries/handouts';
import { savePlan } from '../../../db/queries/home-care';
import { createSession, signSession, updateSession } from '../../../db/queries/sessions';
import { updateSettings } from '../../../db/queries/settings';
import { repoRoot } from '../../../scripts/run';
import { seededRandom } from '../../../db/testing/seeded-random';

export interface PracticeSize {
  name: 'small' | 'clinic';
  clients: number;
  sessions: number;
  marksPerSession: number;
}

export const SIZES: Record<PracticeSize['name'], PracticeSize> = {
  small: { name: 'small', clients: 100, sessions: 2_000, marksPerSession: 20 },
  clinic: { name: 'clinic', clients: 5_000, sessions: 100_000, marksPerSession: 20 },
};

const ACTOR = 'bench';
const GIVEN = [
  'Ana',
  'Ben',
  'Chloe',
  'Dev',
  'Elif',
  'Farah',
  'Gus',
  'Hana',
  'Ivan',
  'Jo',
  'Kai',
  'Lena',
  'Maya',
  'Noah',
  'Omar',
  'Pia',
  'Quinn',
  'Ravi',
  'Sofia',
  'Tom',
  'Uma',
  'Vera',
  'Wen',
  'Xavier',
  'Yara',
  'Zoe',
];
const FAMILY = [
  'Silva',
  'Okafor',
  'Brennan',
  'Nguyen',
  'Menon',
  'Fischer',
  'Kowalski',
  'Haddad',
  'Tanaka',
  'Murphy',
  'Rossi',
  'Larsen',
  'Dubois',
  'Novak',
  'Khan',
  'Garcia',
  'Smith',
  'Lee',
  'Walker',
  'Cohen',
];
const MUSCLES: [string, ChartMark['side']][] = [
  ['Upper trapezius', 'right'],
  ['Upper trapezius', 'left'],
  ['Levator scapulae', 'right'],
  ['Levator scapulae', 'left'],
  ['Rhomboids', 'right'],
  ['Infraspinatus', 'left'],
  ['Suboccipitals', 'right'],
  ['Splenius capitis', 'left'],
  ['Quadratus lumborum', 'right'],
  ['Gluteus medius', 'left'],
];

export function cachePath(size: PracticeSize): string {
  return path.join(repoRoot, '.bench-cache', `practice-${size.name}-schema${LATEST_SCHEMA_VERSION}.sqlite`);
}

/** Seeded ids (valid UUIDv7 shape) and a clock that moves on a little with every call. */
function sources(next: () => number) {
  let counter = 0;
  let clock = Date.UTC(2016, 0, 1);
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
  return {
    id: () => {
      counter++;
      const r = Math.floor(next() * 0xffffffff);
      return `${hex(Math.floor(counter / 0x10000), 8)}-${hex(counter % 0x10000, 4)}-7${hex(r % 0x1000, 3)}-8${hex((r >>> 12) % 0x1000, 3)}-${hex(counter, 12)}`;
    },
    now: () => new Date((clock += 7)).toISOString(),
    setClock: (ms: number) => {
      clock = ms;
    },
  };
}

function fill(db: Database, size: PracticeSize): void {
  const next = seededRandom(20261121);
  const src = sources(next);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  withIdSources(src, () => {
    updateSettings(db, ACTOR, {
      practitioner: { name: 'Jo Park', credentials: 'RMT' },
      practice: { name: 'Bench Clinic' },
    });
    const exercises: Exercise[] = listExercises(db, { includeHidden: false, includeRetired: false });
    const perClient = Math.floor(size.sessions / size.clients);
    const start = Date.UTC(2016, 0, 1);
    const span = 10 * 365 * 86_400_000;
    const batch = 20;
    for (let c0 = 0; c0 < size.clients; c0 += batch) {
      db.transaction(() => {
        for (let c = c0; c < Math.min(size.clients, c0 + batch); c++) {
          src.setClock(start + Math.floor((c / size.clients) * 86_400_000 * 30));
          const client = createClient(db, ACTOR, {
            ...EMPTY_CLIENT,
            givenName: pick(GIVEN),
            familyName: `${pick(FAMILY)}${c % 7 === 0 ? '-' + pick(FAMILY) : ''}`,
            phone: `555 ${String(1000 + (c % 9000))}`,
            email: `client${c}@example.com`,
            healthHistory: 'Desk work; neck and shoulder tension.',
          });
          let marks: ChartMark[] = [];
          for (let s = 0; s < perClient; s++) {
            const at = start + Math.floor(((s + next() * 0.5) / perClient) * span);
            src.setClock(at);
            const session = createSession(db, ACTOR, { clientId: client.id, startedAt: new Date(at).toISOString() });
            // Most points carry over (same site, new findings); a few resolve, a few are new.
            const carried = marks.filter(() => next() < 0.85);
            const fresh: ChartMark[] = [];
            while (carried.length + fresh.length < size.marksPerSession) {
              const [muscle, side] = pick(MUSCLES);
              const id = src.id();
              fresh.push({
                id,
                siteId: id,
                kind: 'trigger_point',
                activity: next() < 0.6 ? 'active' : 'latent',
                viewId: 'posterior',
                artworkVersion: 1,
                x: 0.25 + next() * 0.5,
                y: 0.1 + next() * 0.5,
                muscle,
                side,
                parentMarkId: null,
                ...UNRECORDED_FINDINGS,
                deleted: false,
              });
            }
            marks = [...carried.map((m) => ({ ...m, id: src.id() })), ...fresh].map((m) => ({
              ...m,
              tenderness: Math.floor(next() * 10),
              tendernessAfter: Math.floor(next() * 6),
              pptKgCm2: Math.round(next() * 60) / 10,
              release: pick(['none', 'partial', 'full'] as const),
            }));
            const zones: ChartZone[] = marks
              .filter((_, i) => i % 4 === 0)
              .map((m) => ({
                id: src.id(),
                markId: m.id,
                viewId: 'posterior',
                artworkVersion: 1,
                shape: 'polygon',
                points: [
                  [m.x, m.y],
                  [Math.min(1, m.x + 0.05), m.y],
                  [m.x, Math.min(1, m.y + 0.05)],
                ],
                pattern: 'essential',
                deleted: false,
              }));
            saveChart(
              { db, actor: ACTOR, databasePath: '', appVersion: 'bench' },
              {
                sessionId: session.id,
                marks: marks.map((record) => ({ record, baseVersion: 0 })),
                zones: zones.map((record) => ({ record, baseVersion: 0 })),
              },
            );
            updateSession(db, ACTOR, session.id, {
              subjective: 'Neck ache, worse at the desk.',
              objective: 'Taut bands in the upper trapezius.',
              painBefore: 3 + Math.floor(next() * 6),
              painAfter: 1 + Math.floor(next() * 3),
            });
            if (s % 3 === 0 && exercises.length >= 3) {
              const items = [0, 1, 2].map((k) => {
                const e = exercises[(s + k * 3) % exercises.length] as Exercise;
                return {
                  exerciseId: e.id,
                  holdSeconds: e.holdSeconds,
                  repetitions: e.repetitions,
                  sets: e.sets,
                  timesPerDay: e.timesPerDay,
                  note: '',
                };
              });
              savePlan(db, ACTOR, { sessionId: session.id, items, points: [], note: '', nextVisitAt: null });
              if (s % 6 === 0) {
                const givenAt = new Date(at + 3_600_000).toISOString();
                recordHandout(db, ACTOR, {
                  sessionId: session.id,
                  format: 'print',
                  paperSize: 'letter',
                  givenAt,
                  content: buildHandoutContent(db, session.id, givenAt),
                });
              }
            }
            if (s < perClient - 1) signSession(db, ACTOR, session.id);
          }
        }
      })();
    }
  });
}

/** The practice database of this size, made once and then reused. */
export function practiceDatabase(size: PracticeSize, log: (line: string) => void = () => undefined): string {
  const file = cachePath(size);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });
  const t0 = performance.now();
  log(`bench: making the ${size.name} practice database (${size.clients} clients, ${size.sessions} sessions)…`);
  const db = openDatabase(partial);
  try {
    db.pragma('synchronous = OFF'); // a scratch file until it is complete and renamed
    fill(db, size);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  fs.renameSync(partial, file);
  log(`bench: made in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${file}`);
  return file;
}
