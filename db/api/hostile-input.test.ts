/**
 * Hostile input through `dispatchAsync`, the entry point both transports call (dispatch's
 * validation and wording, waiting for the operations that answer later). For every operation of
 * the contract (read from `operations`, so a new one is covered by itself), random, malformed and
 * malicious input must never make it reject or reach the 'internal' crash path; a refusal
 * carries a plain code and a short plain-words message; and a refusal leaves every row of every
 * table exactly as it was.
 *
 * Inputs arrive as the transports deliver them: JSON-parsed (the browser harness; NaN and
 * Infinity turn into null there) or structured-cloned (Electron IPC: Dates, Maps, BigInts, -0,
 * NaN survive). A failure prints fast-check's seed and path; replay it with
 * `FC_SEED=<seed> FC_PATH=<path> npx vitest run db/api/hostile-input.test.ts -t <operation>`.
 * `FC_RUNS=<n>` scales the number of runs; `FC_REPORT=1` prints the outcomes per operation;
 * `FC_DEBUG=<operation>` prints each refusal of that operation with its input;
 * `FC_CHECK=<property>` runs only that property (to replay one seed and path).
 */
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { chartMark, chartZone, fresh } from '../testing/api';
import { ACTOR, openTempDb } from '../testing/temp-db';
import { operations, type ErrorCode, type OpInput, type OpName, type OpResult } from './contract';
import { dispatchAsync } from './dispatch';
import type { ApiContext } from './handlers';
import { fieldLabels } from './validation';
import { databaseSnapshot, type DatabaseSnapshot } from '../testing/snapshot';

const RUNS = Number(process.env.FC_RUNS ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * RUNS));
const replay = {
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
  ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
};
const PLAIN_CODES: readonly ErrorCode[] = ['invalid_input', 'not_found', 'conflict', 'read_only', 'unknown_operation'];
const MESSAGE_LIMIT = 300;
/**
 * After this long a property skips its remaining runs (they pass): backups and encrypted backups
 * take up to a second per accepted call, and the whole file should stay under a minute on 2 cores.
 */
const CHECK_TIME_LIMIT = 1000;
/**
 * dispatch's words for SQLITE_CONSTRAINT: input that validation let through and the schema's
 * CHECK, UNIQUE or foreign-key constraints refused. The therapist is told of a conflict that is
 * not one, so it counts as a crash path here.
 */
const CONSTRAINT_MESSAGE = 'This change conflicts with what is already saved, so it was not made.';

// ---------------------------------------------------------------------------------------------
// The database before and after: every row of every table, and the schema itself.

type Snapshot = DatabaseSnapshot;
const snapshot = databaseSnapshot;

function changedTables(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name));
}

// ---------------------------------------------------------------------------------------------
// A small practice, its visits at fixed times: a client with a signed visit (a point, an
// amendment) and a draft three days later (carried point, trigger point, satellite, note pin,
// zone, plan, handout), an archived client, an own and a built-in exercise; every id is offered
// to the generators.

type Kind = 'client' | 'session' | 'mark' | 'zone' | 'exercise' | 'handout' | 'amendment';

interface World {
  db: Database.Database;
  ctx: ApiContext;
  ids: Record<Kind, string[]>;
  /** For the operations that take them: real backup names, and export files to import. */
  backups: string[];
  exports: string[];
  state: Snapshot;
}

const PASSPHRASE = 'correct horse battery staple';

async function must<K extends OpName>(ctx: ApiContext, op: K, input: OpInput<K>): Promise<OpResult<K>> {
  const result = await dispatchAsync(ctx, op, input);
  if (!result.ok) throw new Error(`setup: ${op} was refused: ${result.error.message}`);
  return result.value as OpResult<K>;
}

async function openWorld(op = ''): Promise<World> {
  const { db, file } = openTempDb();
  const ctx: ApiContext = { db, actor: ACTOR, databasePath: file, appVersion: 'test' };
  await must(ctx, 'settings.update', {
    practitioner: { name: 'Dana Reyes, RMT' },
    quickPhrases: [{ trigger: 'tp', text: 'Trigger point found' }],
  });
  const client = await must(ctx, 'clients.create', {
    givenName: 'Maya',
    familyName: 'Lind',
    dateOfBirth: '1984-03-21',
  });
  const archived = await must(ctx, 'clients.create', { givenName: 'Olga' });
  await must(ctx, 'clients.archive', { id: archived.id });
  const lastVisit = await must(ctx, 'sessions.create', {
    clientId: client.id,
    startedAt: '2026-11-18T09:30:00.000Z',
  });
  const old = chartMark();
  await must(ctx, 'chart.save', { sessionId: lastVisit.id, marks: [fresh(old)], zones: [] });
  await must(ctx, 'sessions.sign', { id: lastVisit.id });
  const amendment = await must(ctx, 'amendments.add', {
    sessionId: lastVisit.id,
    reason: 'Typo',
    body: 'Left, not right.',
  });
  const session = await must(ctx, 'sessions.create', { clientId: client.id, startedAt: '2026-11-21T09:30:00.000Z' });
  const point = chartMark({ x: 0.4, tenderness: 6 });
  const satellite = chartMark({ kind: 'satellite', parentMarkId: point.id, x: 0.45 });
  const pin = chartMark({ kind: 'note_pin', activity: null, muscle: null, side: null, x: 0.5, y: 0.5 });
  const zone = chartZone(point.id);
  const marks = [fresh(point), fresh(satellite), fresh(pin)];
  await must(ctx, 'chart.save', { sessionId: session.id, marks, zones: [fresh(zone)] });
  const exercise = await must(ctx, 'exercises.create', {
    name: 'Towel stretch',
    steps: ['Hold a towel.'],
    holdSeconds: 20,
  });
  const builtIn = (await must(ctx, 'exercises.list', {})).find((e) => e.builtIn);
  const item = {
    exerciseId: exercise.id,
    holdSeconds: 30,
    repetitions: 3,
    sets: null,
    timesPerDay: 2,
    note: 'Morning',
  };
  const points = [{ markId: point.id, holdSeconds: 30, timesPerDay: 3 }];
  await must(ctx, 'homeCare.save', {
    sessionId: session.id,
    items: [item],
    points,
    note: 'Eye level.',
    nextVisitAt: null,
  });
  const handout = await must(ctx, 'handouts.create', { sessionId: session.id, format: 'print' });
  const ids: Record<Kind, string[]> = {
    client: [client.id, archived.id],
    session: [session.id, lastVisit.id],
    mark: [point.id, satellite.id, pin.id, old.id],
    zone: [zone.id],
    exercise: [exercise.id, ...(builtIn ? [builtIn.id] : [])],
    handout: [handout.id],
    amendment: [amendment.id],
  };
  // Only where they are used: an encrypted backup takes about a second.
  const backups = op.startsWith('backups.') ? [(await must(ctx, 'backups.create', {})).name] : [];
  if (op === 'backups.inspect' || op === 'backups.restore')
    backups.push((await must(ctx, 'backups.createEncrypted', { passphrase: PASSPHRASE })).name);
  const exports: string[] = [];
  for (const scope of op === 'import.json' ? ['all', 'client'] : []) {
    const file =
      scope === 'all'
        ? await must(ctx, 'export.all', { format: 'json' })
        : await must(ctx, 'export.client', { clientId: client.id, format: 'json' });
    if (file.kind === 'json') exports.push(file.text);
  }
  return { db, ctx, ids, backups, exports, state: snapshot(db) };
}

// ---------------------------------------------------------------------------------------------
// What is sent.

type Arb = fc.Arbitrary<unknown>;
/**
 * What a JSON transport delivers: NaN turns into null, but JSON text can still carry what parses
 * to ±Infinity (1e309) and -0, so those are written as such literals.
 */
const LITERALS: [unknown, string][] = [
  [Infinity, '1e309'],
  [-Infinity, '-1e309'],
  [-0, '-0'],
];
const overJson = (value: unknown): unknown => {
  const json = JSON.stringify(value, (_key, v: unknown) => {
    const literal = LITERALS.find(([special]) => Object.is(special, v));
    return literal ? `@@${literal[1]}@@` : v;
  });
  return json === undefined ? undefined : JSON.parse(json.replace(/"@@(-?1e309|-0)@@"/g, '$1'));
};
const LONG = [81, 101, 121, 201, 501, 2001, 4097, 20_001, 100_000].map((n) => 'x'.repeat(n));
const NASTY = ['', ' ', '\u0000', '\uD800', '\u202Eabc', '%', '_', '\\', 'null', 'NaN', '-1', '1e309', '{}', '[]'];
NASTY.push('<script>alert(1)</script>', "'); DROP TABLE clients; --", '__proto__', 'constructor', '👩🏽‍⚕️', 'ألم');
const NUMBERS = [-1, -0, 0, 0.5, 1, 1.5, 5, 10, 11, 20, 21, 24, 100, 101, 180, 181, 480, 481, 600, 3600, 3601];
NUMBERS.push(4000, 5000, 5001, 2 ** 31, 2 ** 53, 2 ** 53 + 2, 1e21, 1e308, -1e308, Number.MIN_VALUE, -(2 ** 53));
NUMBERS.push(Infinity, -Infinity, NaN);
const INSTANTS = ['0000-01-01T00:00:00+23:59', '9999-12-31T23:59:59-23:59', '2026-02-29T10:00:00Z', '2026-11-21'];
INSTANTS.push('2024-02-29T10:00:00Z', '2026-11-21T09:30:00.123456789+01:00', '2026-11-21T24:00:00Z', 'tomorrow', '');
const DATES = ['1984-03-21', '2000-02-29', '1900-02-29', '1899-12-31', '1900-01-01', '2999-01-01', '', ' 1984-03-21 '];
DATES.push('1984-3-21', '21/03/1984', '0000-00-00');

/** Which records an id field names: by its key, or for `id` by the operation's area. */
const KEY_KINDS: Record<string, Kind[]> = {
  clientId: ['client'],
  sessionId: ['session'],
  markId: ['mark'],
  parentMarkId: ['mark'],
  siteId: ['mark'],
  exerciseId: ['exercise'],
  clients: ['client'],
  sessions: ['session'],
  chart: ['mark', 'zone'],
  exercises: ['exercise'],
  handouts: ['handout'],
  amendments: ['amendment'],
};

interface Pools {
  /** Sound values only (ids of the right kind, valid dates, values inside the bounds), or edges too. */
  sound: boolean;
  idFor: (key: string) => Arb;
  hostile: Arb;
  /** Fields that want a real thing: a backup's name, its passphrase, an export file. */
  special: Partial<Record<string, Arb>>;
}

function poolsFor(world: World, op: string, sound: boolean): Pools {
  const all = Object.values(world.ids).flat();
  const bent = all.flatMap((id) => [id.toUpperCase(), ` ${id} `, `{${id}}`, id.slice(0, -1), `${id}x`]);
  const anyId = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...all) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...bent, '00000000-0000-0000-0000-000000000000', 'f'.repeat(32)) },
    { weight: 1, arbitrary: fc.string() },
  );
  const idFor = (key: string): Arb => {
    if (!sound) return anyId;
    const kinds = KEY_KINDS[key === 'id' ? (op.split('.')[0] ?? '') : key] ?? (Object.keys(world.ids) as Kind[]);
    const real = kinds.flatMap((kind) => world.ids[kind]);
    const fresh = key === 'id' && op === 'chart.save' ? 3 : 1; // a new mark or zone
    return fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...real) },
      { weight: fresh, arbitrary: fc.uuid({ version: 7 }) },
    );
  };
  const hostile = fc.oneof(
    fc.constantFrom(null, true, false, [], {}, [null], ...NUMBERS, ...NASTY, ...LONG),
    fc.jsonValue({ maxDepth: 2 }),
    anyId,
    fc.array(anyId, { maxLength: 3 }),
    fc.dictionary(fc.string(), anyId, { maxKeys: 3 }),
  );
  const special: Pools['special'] = {};
  if (world.backups.length) special.name = fc.oneof(fc.constantFrom(...world.backups), fc.string());
  if (world.backups.length) special.passphrase = fc.oneof(fc.constant(PASSPHRASE), fc.string({ minLength: 8 }));
  if (world.exports.length) special.text = fc.oneof(...world.exports.map((text) => mutatedJson(text, hostile)));
  return { sound, idFor, hostile, special };
}

/** An export file as it was, cut short, or with one value replaced by a hostile one or removed. */
function mutatedJson(text: string, hostile: Arb): Arb {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (paths.length >= 5000) return;
    paths.push(path);
    if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
  };
  walk(JSON.parse(text), []);
  const edit = (path: (string | number)[], replacement: unknown, remove: boolean): string => {
    const doc = JSON.parse(text) as Record<string | number, unknown>;
    let parent: Record<string | number, unknown> = doc;
    for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
    const last = path.at(-1);
    if (last === undefined) return JSON.stringify(replacement) ?? '';
    if (remove) delete parent[last];
    else parent[last] = replacement;
    return JSON.stringify(doc);
  };
  return fc.oneof(
    fc.constant(text),
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    fc.tuple(fc.constantFrom(...paths), hostile, fc.boolean()).map(([path, v, remove]) => edit(path, v, remove)),
  );
}

/** The bounds a zod schema puts on a number, a string's length or an array's length. */
function bounds(def: z.core.$ZodTypeDef): { min?: number; max?: number; int: boolean } {
  const out: { min?: number; max?: number; int: boolean } = { int: 'format' in def && def.format === 'safeint' };
  for (const check of def.checks ?? []) {
    const c = check._zod.def as { check: string; value?: number; minimum?: number; maximum?: number; length?: number };
    if (c.check === 'greater_than' || c.check === 'min_length') out.min = c.value ?? c.minimum;
    if (c.check === 'less_than' || c.check === 'max_length') out.max = c.value ?? c.maximum;
    if (c.check === 'length_equals') out.min = out.max = c.length;
  }
  return out;
}

function stringFor(def: z.core.$ZodTypeDef, key: string, pools: Pools): Arb {
  const special = pools.special[key];
  if (special) return special;
  const format = 'format' in def ? def.format : undefined;
  const either = (sound: Arb, edges: Arb) => (pools.sound ? sound : fc.oneof(sound, edges));
  if (format === 'uuid' || key === 'id' || key.endsWith('Id')) return pools.idFor(key);
  if (format === 'datetime' || key.endsWith('At')) {
    const between = { min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true };
    return either(
      fc.date(between).map((d) => d.toISOString()),
      fc.constantFrom(...INSTANTS),
    );
  }
  if (key === 'dateOfBirth') return either(fc.constantFrom('1984-03-21', '2000-02-29', ''), fc.constantFrom(...DATES));
  if (key === 'email') return either(fc.emailAddress(), fc.constantFrom('a@b', '@', '<a@b.co>', 'maya@exämple.com'));
  if (key === 'phone')
    return either(fc.constantFrom('+1 (555) 010-0100', ''), fc.constantFrom('555', '12', '١٢٣٤٥', '\u0000123'));
  const { min = 0, max = 100_000 } = bounds(def);
  const short = { minLength: min, maxLength: Math.min(max, 30) };
  const lengths = [max, max + 1].filter((n) => n <= 100_000).map((n) => 'x'.repeat(n));
  return either(
    fc.oneof(fc.string(short), fc.string({ ...short, unit: 'grapheme' })),
    fc.oneof(fc.string({ ...short, unit: 'binary' }), fc.constantFrom(...NASTY, ...LONG, ...lengths)),
  );
}

function numberFor(def: z.core.$ZodTypeDef, key: string, pools: Pools): Arb {
  if (key === 'baseVersion') return fc.oneof(fc.constant(0), fc.integer({ min: pools.sound ? 0 : -1, max: 3 }));
  if (key === 'artworkVersion') return fc.integer({ min: pools.sound ? 1 : -1, max: 3 });
  const { min = -1e6, max = 1e6, int } = bounds(def);
  const sound = int ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
  return pools.sound ? sound : fc.oneof(sound, fc.constantFrom(min - 1, max + 1, min, max, min + 0.5, ...NUMBERS));
}

/**
 * Input shaped like the operation's schema (its real keys, nested records, enum values, bounds
 * and real ids), so many calls pass validation and reach the handlers; with `oneIn` > 0 about
 * one value in `oneIn` is replaced by something of the wrong type.
 */
function guided(schema: z.core.$ZodType, key: string, pools: Pools, oneIn: number): Arb {
  const def = schema._zod.def;
  const inner = (s: z.core.$ZodType, k = key) => guided(s, k, pools, oneIn);
  let arb: Arb;
  switch (def.type) {
    case 'object': {
      const shape = (def as z.core.$ZodObjectDef).shape;
      const model = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, inner(s, k)]));
      arb = pools.sound ? fc.record(model) : fc.oneof(fc.record(model), fc.record(model, { requiredKeys: [] }));
      // A new chart mark is accepted only as its own site (or a carried one).
      if ('siteId' in shape) arb = fc.tuple(arb, fc.boolean()).map(([v, own]) => (own ? ownSite(v) : v));
      break;
    }
    case 'array': {
      const { min = 0, max = 3 } = bounds(def);
      const sizes = { minLength: Math.min(min, 12), maxLength: Math.max(Math.min(min, 12), Math.min(max, 3)) };
      arb = fc.array(inner((def as z.core.$ZodArrayDef).element), sizes);
      break;
    }
    case 'optional':
      arb = fc.option(inner((def as z.core.$ZodOptionalDef).innerType), { nil: undefined });
      break;
    case 'nullable':
      arb = fc.option(inner((def as z.core.$ZodNullableDef).innerType), { nil: null });
      break;
    case 'pipe':
      arb = inner((def as z.core.$ZodPipeDef).in);
      break;
    case 'enum':
      arb = fc.constantFrom(...Object.values((def as z.core.$ZodEnumDef).entries));
      break;
    case 'tuple':
      arb = fc.tuple(...(def as z.core.$ZodTupleDef).items.map((s) => inner(s)));
      break;
    case 'record': {
      const { keyType, valueType } = def as z.core.$ZodRecordDef;
      arb = fc.dictionary(guided(keyType, key, pools, 0) as fc.Arbitrary<string>, inner(valueType), { maxKeys: 4 });
      break;
    }
    case 'string':
      arb = stringFor(def, key, pools);
      break;
    case 'number':
      arb = numberFor(def, key, pools);
      break;
    case 'boolean':
      arb = fc.boolean();
      break;
    default:
      arb = pools.hostile;
  }
  return oneIn > 0 ? fc.oneof({ weight: 1, arbitrary: pools.hostile }, { weight: oneIn - 1, arbitrary: arb }) : arb;
}

function ownSite(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'id' in value ? { ...value, siteId: value.id } : value;
}

/** JSON text with a prototype-pollution key written first into every object; JSON.parse keeps it as an own key. */
function pollutedJson(value: unknown, key: string): string {
  if (Array.isArray(value)) return `[${value.map((v) => pollutedJson(v, key)).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const bait = key === 'constructor' ? '{"prototype":{"polluted":"yes"}}' : '{"polluted":"yes"}';
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${JSON.stringify(k)}:${pollutedJson(v, key)}`);
  return `{${[`${JSON.stringify(key)}:${bait}`, ...entries].join(',')}}`;
}

/** Values nested 10 000 deep under every key of the operation (the JSON parser allows it). */
function deep(keys: string[], open: '[' | '{"a":'): unknown {
  const close = open === '[' ? ']' : '}';
  const nest = `${open.repeat(10_000)}${open === '[' ? '' : '1'}${close.repeat(10_000)}`;
  return JSON.parse(`{${keys.map((k) => `${JSON.stringify(k)}:${nest}`).join(',')}}`);
}

// ---------------------------------------------------------------------------------------------
// The property, checked on every call.

const tally = new Map<string, Record<string, number>>();
interface MessageProblem {
  problem: string;
  length: number;
  message: string;
  input: string;
}

function preview(value: unknown, max = 400): string {
  let text: string;
  try {
    text = fc.stringify(value);
  } catch {
    return '[a value nested too deep to show]';
  }
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

function messageProblem(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return 'no message';
  // Unknown field names are the sender's own words, shown back (made safe): "-SgZod??p" is not ours.
  const message = raw.replace(/does not know: [^\s,]+(, [^\s,]+)*/g, 'does not know: NAMES');
  if (raw.length > MESSAGE_LIMIT) return `longer than ${MESSAGE_LIMIT} characters`;
  if (/\n\s*at\s|\(\S+:\d+:\d+\)/.test(message)) return 'a stack trace';
  if (
    /SQLITE_|sqlite3|no such (table|column)|\b(SELECT|INSERT INTO|DELETE FROM|CREATE TABLE)\b|constraint failed/.test(
      message,
    )
  )
    return 'SQL';
  if (
    /\[object |function \w*\(|native code|\bundefined\b|\bNaN\b|Zod|Invalid input|Expected |Unrecognized/.test(message)
  )
    return 'programmer words';
  if (/must be (tuple|record|map|set|bigint|symbol|nan|never|unknown)\b|The field "/.test(message))
    return 'programmer words';
  // Record ids (UUIDs) are named in conflicts; their hex groups can happen to be all digits.
  const withoutIds = message.replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, 'ID');
  if (/\d{12,}/.test(withoutIds)) return 'a number no therapist typed (a limit of the number type)';
  return null;
}

/** Sends one input; throws (for fast-check) on a crash path or a changed database. */
async function probe(world: World, op: unknown, input: unknown, messages: MessageProblem[]): Promise<void> {
  let result;
  try {
    result = await dispatchAsync(world.ctx, op, input);
  } catch (error) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(`dispatchAsync rejected: ${what}`, { cause: error });
  }
  const opName = typeof op === 'string' ? op.slice(0, 40) : `(${typeof op})`;
  const counts = tally.get(opName) ?? {};
  const outcome = result.ok ? 'accepted' : result.error.code;
  counts[outcome] = (counts[outcome] ?? 0) + 1;
  tally.set(opName, counts);
  const after = snapshot(world.db);
  if (result.ok) {
    world.state = after;
    JSON.stringify(result.value); // the transports send it as JSON (or structured clone)
    return;
  }
  const { code, message } = result.error;
  if (process.env.FC_DEBUG === opName) console.log(code, message.slice(0, 300), preview(input, 3000));
  if (!PLAIN_CODES.includes(code)) throw new Error(`refused with '${code}': ${message}`);
  if (message === CONSTRAINT_MESSAGE) throw new Error(`validation let through what a database constraint refused`);
  const changed = changedTables(world.state, after);
  if (changed.length > 0) throw new Error(`refused with '${code}' but changed ${changed.join(', ')}: ${message}`);
  const problem = messageProblem(message);
  if (problem)
    messages.push({ problem, length: message.length, message: preview(message, 200), input: preview(input) });
}

async function check<T>(
  name: string,
  arb: fc.Arbitrary<T>,
  numRuns: number,
  run: (value: T) => Promise<void>,
): Promise<string[]> {
  if (process.env.FC_CHECK && process.env.FC_CHECK !== name) return [];
  // A time budget of our own: fast-check's interruptAfterTimeLimit abandons a call in flight,
  // which would then race the next one (two backups picking the same free file name). Once a
  // run has failed, shrinking goes on past the deadline.
  const deadline = performance.now() + CHECK_TIME_LIMIT * RUNS;
  let shrinking = false;
  const details = await fc.check(
    fc.asyncProperty(arb, async (value) => {
      if (!shrinking && performance.now() > deadline) return;
      await run(value).catch((error: unknown) => {
        shrinking = true;
        throw error;
      });
    }),
    { numRuns: runs(numRuns), ...replay },
  );
  if (!details.failed) return [];
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const report = (fc.defaultReportMessage(details) ?? '').replace(/\n\s*Hint: .*/s, '');
  return [`${name}: ${error}\n${report}`];
}

/** Per kind of message problem: how often, the longest message, and the smallest input that showed it. */
function summary(problems: MessageProblem[]) {
  const best = new Map<string, MessageProblem & { times: number; longest: number }>();
  for (const p of problems) {
    const seen = best.get(p.problem);
    const times = (seen?.times ?? 0) + 1;
    const longest = Math.max(seen?.longest ?? 0, p.length);
    if (!seen || p.input.length < seen.input.length) best.set(p.problem, { ...p, times, longest });
    else best.set(p.problem, { ...seen, times, longest });
  }
  return [...best.values()];
}

// ---------------------------------------------------------------------------------------------

const ANYTHING_OPTIONS = { maxDepth: 3, maxKeys: 6 } as const;
const CLONEABLE = { ...ANYTHING_OPTIONS, withBoxedValues: true, withMap: true, withSet: true, withBigInt: true };
const WITH_DATES = {
  ...CLONEABLE,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
};
const TRAP_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

describe('hostile input to every operation', () => {
  afterAll(() => {
    if (process.env.FC_REPORT) console.table(Object.fromEntries(tally));
  });

  for (const [name, { input: schema }] of Object.entries(operations)) {
    it(`${name}: never crashes, refuses in plain words and changes nothing when it refuses`, async () => {
      const world = await openWorld(name);
      const [sound, edgy] = [poolsFor(world, name, true), poolsFor(world, name, false)];
      const messages: MessageProblem[] = [];
      const send = (input: unknown) => probe(world, name, input, messages);
      const asJson = (v: unknown) => send(overJson(v));
      const asClone = (v: unknown) => send(structuredClone(v));
      const keys = Object.keys((schema._zod.def as z.core.$ZodObjectDef).shape ?? {});
      const failures = [
        ...(await check('anything, as JSON', fc.anything(ANYTHING_OPTIONS), 50, asJson)),
        ...(await check('JSON values', fc.jsonValue({ maxDepth: 3 }), 20, send)),
        ...(await check('anything, structured-cloned', fc.anything(WITH_DATES), 20, asClone)),
        ...(await check('its own keys, sound values', guided(schema, '', sound, 0), 60, asJson)),
        ...(await check('its own keys, edge values', guided(schema, '', edgy, 0), 40, asJson)),
        ...(await check('its own keys, some wrong types', guided(schema, '', edgy, 6), 40, asJson)),
        ...(await check('its own keys, Electron IPC', guided(schema, '', edgy, 6), 20, asClone)),
        ...(await check(
          'prototype-pollution keys',
          fc.tuple(guided(schema, '', sound, 0), fc.constantFrom(...TRAP_KEYS)),
          30,
          async ([v, key]) => {
            await send(JSON.parse(pollutedJson(v, key)));
            const probeObject: Record<string, unknown> = {};
            if ('polluted' in probeObject || 'polluted' in Object.prototype)
              throw new Error('Object.prototype polluted');
          },
        )),
      ];
      const wide = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`field${i}`, i]));
      const fixed: [string, unknown][] = [
        ['nested 10 000 deep (arrays)', deep(keys.length ? keys : ['id'], '[')],
        ['nested 10 000 deep (objects)', deep(keys.length ? keys : ['id'], '{"a":')],
        ['300 unknown fields', wide],
        ['an unknown field with a 10 000-character name', { ['k'.repeat(10_000)]: 1 }],
        ['100 kB in every field', Object.fromEntries(keys.map((k) => [k, 'x'.repeat(100_000)]))],
        ['6 000 wrong items in every field', Object.fromEntries(keys.map((k) => [k, Array(6000).fill(7)]))],
        ['a 1 MB string as the whole input', 'x'.repeat(1_000_000)],
      ];
      for (const [label, input] of fixed) {
        await send(input).catch((error: unknown) => {
          failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
      expect.soft(failures, 'crash paths, non-plain codes or changed data').toEqual([]);
      expect.soft(summary(messages), `messages that are not short plain words`).toEqual([]);
      expect(world.db.pragma('integrity_check', { simple: true })).toBe('ok');
    });
  }

  it('has a plain label for every field of every operation, so no message names a field in code', () => {
    const unlabelled = new Set<string>();
    const walk = (schema: z.core.$ZodType): void => {
      const def = schema._zod.def;
      if (def.type === 'object') {
        for (const [key, child] of Object.entries((def as z.core.$ZodObjectDef).shape)) {
          if (!Object.hasOwn(fieldLabels, key)) unlabelled.add(key);
          walk(child);
        }
      }
      const inner = def as Partial<Record<'element' | 'innerType' | 'in' | 'valueType', z.core.$ZodType>>;
      for (const child of [inner.element, inner.innerType, inner.in, inner.valueType]) if (child) walk(child);
      if (def.type === 'tuple') (def as z.core.$ZodTupleDef).items.forEach(walk);
      // A record keyed by an enum (the red-flag answers): a wrong value is reported under its key.
      const keyDef = def.type === 'record' ? (def as z.core.$ZodRecordDef).keyType._zod.def : undefined;
      if (keyDef?.type === 'enum')
        for (const key of Object.values((keyDef as z.core.$ZodEnumDef).entries))
          if (!Object.hasOwn(fieldLabels, String(key))) unlabelled.add(String(key));
    };
    for (const { input } of Object.values(operations)) walk(input);
    expect([...unlabelled]).toEqual([]);
  });

  it('an operation that does not exist is refused by name, whatever is sent as the name', async () => {
    const world = await openWorld();
    const messages: MessageProblem[] = [];
    const names = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'clients.create ', 'CLIENTS.CREATE'),
      fc.constantFrom('clients', 'clients.', '.create', 'clients.create\u0000', 'x'.repeat(100_000)),
      fc.string(),
      fc.anything(CLONEABLE),
    );
    const failures = await check('operation names', names, 200, async (name) => {
      const result = await dispatchAsync(world.ctx, name, {});
      if (result.ok || result.error.code !== 'unknown_operation')
        throw new Error(`${preview(name)} gave ${preview(result)}`);
      await probe(world, name, {}, messages);
    });
    expect.soft(failures).toEqual([]);
    expect(summary(messages)).toEqual([]);
  });
});
