/**
 * Hostile text in every free-text field the therapist types into: HTML, SQL fragments, emoji
 * with ZWJ sequences and skin tones, right-to-left text with override characters, NUL and other
 * control characters, lone surrogates, and long text. Each value is sent as the transports send it
 * (JSON) through `dispatchAsync`, and is either stored and read back exactly as sent (after the
 * schema's trimming of surrounding whitespace, String.prototype.trim) or refused with a plain
 * 'invalid_input' message that names the field (and its limit, when it is too long), with nothing
 * changed. Never mangled, never cut short. Printable text that fits (HTML, SQL, emoji, scripts
 * of any direction) and the longest text each field allows must be accepted.
 *
 * Lone surrogates: JSON can carry them (JSON.stringify writes "\ud83d" escapes since ES2019, and
 * JSON.parse gives them back), and so can Electron's structured clone, so they do reach the API.
 * SQLite stores UTF-8, which cannot hold them. Either outcome is accepted here: refused, or stored
 * and read back unchanged; a silent replacement (by U+FFFD) is a failure.
 */
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartMark, fresh } from '../testing/api';
import { ACTOR, openTempDb } from '../testing/temp-db';
import type { ChartMark, Envelope, OpInput, OpName, OpResult } from './contract';
import { dispatchAsync } from './dispatch';
import type { ApiContext } from './handlers';
import { labelFor } from './validation';
import { databaseSnapshotText } from '../testing/snapshot';

const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');

/** Named so a failure says which one. */
const HOSTILE: Record<string, string> = {
  'script tag': '<script>alert(1)</script>',
  'img onerror': '<img src=x onerror="alert(document.cookie)">',
  'svg onload': '"><svg/onload=alert(1)>',
  'SQL drop': "'); DROP TABLE clients; --",
  'SQL or': "' OR '1'='1' --",
  'SQL select': '"; SELECT * FROM sqlite_schema; /*',
  'LIKE wildcards': '100% _sure_ \\ escaped',
  'emoji ZWJ': '👩🏽‍⚕️ saw 👨‍👩‍👧‍👦 today',
  'skin tones and flags': '👍🏻👍🏿 🏳️‍🌈 🇨🇦',
  Arabic: 'ألم في الرقبة بعد العمل',
  Hebrew: 'כאב בצוואר',
  'mixed direction': 'left עברית right العربية 123',
  'right-to-left override': 'file\u202Etxt.exe\u202C',
  'left-to-right override and isolates': '\u202Dltr\u202C \u2067rtl\u2069 \u200F\u200E',
  'zero-width characters': 'a\u200Bb\u200Cc\u200Dd\u2060e',
  NUL: 'before\u0000after',
  'leading NUL': '\u0000Maya',
  'NUL only': '\u0000',
  'control characters inside': `a${C0}b\u007F\u0085c`,
  'line and paragraph separators inside': 'one\u2028two\u2029three',
  'noncharacters and BOM inside': 'a\uFFFE\uFFFF\uFEFFb',
  combining: 'Z̴̡̛a̷l̸g̵o̶',
  astral: '𝕳𝖊𝖑𝖑𝖔 𠜎 𓀀',
  'surrounding whitespace': ' \t\n padded \r\n\u00A0\u3000\uFEFF',
  'format strings': '%s %d {0} ${x} {{x}} %n',
  'backslashes and quotes': 'C:\\Windows\\..\\ "quoted" \\u0000 \'single\'',
  'JSON breaker': '"}]},{"a":"',
  'path traversal': '../../etc/passwd',
  'lone high surrogate': 'a\uD83Db',
  'lone low surrogate': 'a\uDE00b',
  'reversed pair': '\uDE00\uD83D',
  'emoji cut in half': `${'😀'.slice(0, 1)}x`,
};

/** Length as the schemas count it (zod 4.6 counts code points, not UTF-16 units). */
const characters = (text: string) => [...text].length;
const overJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/**
 * Printable text the schema must accept when it fits: no unpaired surrogate (what
 * String.prototype.isWellFormed checks; the ES2023 lib does not declare it) and no control
 * character (the app may refuse those, in plain words).
 */
const ordinary = (text: string) => !/[\uD800-\uDFFF]|\p{Cc}/u.test(text);

// ---------------------------------------------------------------------------------------------
// A client, a draft session, a signed session, an own exercise.

interface World {
  db: Database.Database;
  ctx: ApiContext;
  clientId: string;
  draftId: string;
  signedId: string;
  exerciseId: string;
}

const call = (w: World, op: OpName, input: unknown) => dispatchAsync(w.ctx, op, overJson(input));

async function must<K extends OpName>(ctx: ApiContext, op: K, input: OpInput<K>): Promise<OpResult<K>> {
  const result = await dispatchAsync(ctx, op, input);
  if (!result.ok) throw new Error(`setup: ${op} was refused: ${result.error.message}`);
  return result.value as OpResult<K>;
}

async function openWorld(): Promise<World> {
  const { db, file } = openTempDb();
  const ctx: ApiContext = { db, actor: ACTOR, databasePath: file, appVersion: 'test' };
  await must(ctx, 'settings.update', { practitioner: { name: 'Dana Reyes, RMT' } });
  const client = await must(ctx, 'clients.create', { givenName: 'Maya' });
  const signed = await must(ctx, 'sessions.create', { clientId: client.id, startedAt: '2026-01-05T10:00:00Z' });
  await must(ctx, 'sessions.sign', { id: signed.id });
  const draft = await must(ctx, 'sessions.create', { clientId: client.id });
  const exercise = await must(ctx, 'exercises.create', { name: 'Towel stretch' });
  return { db, ctx, clientId: client.id, draftId: draft.id, signedId: signed.id, exerciseId: exercise.id };
}

/** Every row of every table, and the schema. */
const snapshot = databaseSnapshotText;

// ---------------------------------------------------------------------------------------------
// Every free-text field: how to write a value, and how to read it back through the API.

interface TextField {
  name: string;
  /** The schema key (its label is what a refusal must name). */
  key: string;
  max: number;
  required?: boolean;
  /** A format rule that may refuse text on its content (digits only, one word…). */
  rule?: boolean;
  /** A value of length n that passes the rule (emoji are not tried then). */
  filler?: (n: number) => string;
  write: (w: World, value: string) => Promise<Envelope<unknown>>;
  read: (w: World, written: unknown) => Promise<unknown>;
}

const idOf = (value: unknown) => (value as { id: string }).id;
async function value<K extends OpName>(w: World, op: K, input: OpInput<K>): Promise<OpResult<K>> {
  const result = await call(w, op, input);
  if (!result.ok) throw new Error(`${op} was refused: ${result.error.message}`);
  return overJson(result.value) as OpResult<K>;
}

const CLIENT_FIELDS: [string, number, Partial<TextField>?][] = [
  ['givenName', 100, { required: true }],
  ['familyName', 100],
  ['phone', 40, { rule: true, filler: (n) => '5'.repeat(n) }],
  ['email', 200, { rule: true, filler: (n) => `${'a'.repeat(n - 6)}@b.com` }],
  ['address', 500],
  ['healthHistory', 20_000],
  ['contraindications', 5_000],
];
const readClient = (key: string) => async (w: World, written: unknown) =>
  (await value(w, 'clients.get', { id: idOf(written) }))[key as 'phone'];

const SESSION_NOTE = ['subjective', 'objective', 'assessment', 'plan'] as const;
const EMPTY_PLAN = { items: [], points: [], note: '', nextVisitAt: null };
const MARK_FIELDS: [key: 'muscle' | 'note' | 'referredPainWhere', max: number][] = [
  ['muscle', 80],
  ['note', 2000],
  ['referredPainWhere', 200],
];
const PRACTITIONER: [key: 'name' | 'credentials' | 'registration', max: number][] = [
  ['name', 120],
  ['credentials', 200],
  ['registration', 80],
];
const PRACTICE: [key: 'name' | 'address' | 'phone' | 'email', max: number][] = [
  ['name', 200],
  ['address', 500],
  ['phone', 40],
  ['email', 200],
];
const findById = <T extends { id: string }>(list: T[], id: string) => list.find((item) => item.id === id);
const allExercises = (w: World) => value(w, 'exercises.list', { includeHidden: true, includeRetired: true });

const FIELDS: TextField[] = [
  ...CLIENT_FIELDS.flatMap(([key, max, extra]): TextField[] => [
    {
      name: `clients.create ${key}`,
      key,
      max,
      ...extra,
      write: (w, v) => call(w, 'clients.create', { givenName: 'Maya', [key]: v }),
      read: readClient(key),
    },
    {
      name: `clients.update ${key}`,
      key,
      max,
      ...extra,
      write: (w, v) => call(w, 'clients.update', { id: w.clientId, [key]: v }),
      read: readClient(key),
    },
  ]),
  ...SESSION_NOTE.map((key): TextField => ({
    name: `sessions.update ${key}`,
    key,
    max: 20_000,
    write: (w, v) => call(w, 'sessions.update', { id: w.draftId, [key]: v }),
    read: async (w) => (await value(w, 'sessions.get', { id: w.draftId }))[key],
  })),
  {
    name: 'homeCare.save note (home-care note)',
    key: 'note',
    max: 2000,
    write: (w, v) => call(w, 'homeCare.save', { sessionId: w.draftId, ...EMPTY_PLAN, note: v }),
    read: async (w) => (await value(w, 'homeCare.get', { sessionId: w.draftId })).note,
  },
  {
    name: 'homeCare.save items[].note (an exercise’s note)',
    key: 'note',
    max: 500,
    write: (w, v) => {
      const item = {
        exerciseId: w.exerciseId,
        holdSeconds: null,
        repetitions: null,
        sets: null,
        timesPerDay: 1,
        note: v,
      };
      return call(w, 'homeCare.save', { sessionId: w.draftId, ...EMPTY_PLAN, items: [item] });
    },
    read: async (w) => (await value(w, 'homeCare.get', { sessionId: w.draftId })).items[0]?.note,
  },
  ...MARK_FIELDS.map(([key, max]): TextField => ({
    name: `chart.save marks[].${key}`,
    key,
    max,
    write: async (w, v) => {
      const mark = chartMark({ [key]: v } as Partial<ChartMark>);
      const result = await call(w, 'chart.save', { sessionId: w.draftId, marks: [fresh(mark)], zones: [] });
      return result.ok ? { ok: true, value: mark } : result;
    },
    read: async (w, written) =>
      findById((await value(w, 'chart.get', { sessionId: w.draftId })).marks, idOf(written))?.[key],
  })),
  {
    name: 'exercises.create name',
    key: 'name',
    max: 120,
    required: true,
    write: (w, v) => call(w, 'exercises.create', { name: v }),
    read: async (w, written) => findById(await allExercises(w), idOf(written))?.name,
  },
  {
    name: 'exercises.update steps[]',
    key: 'steps',
    max: 500,
    required: true,
    write: (w, v) => call(w, 'exercises.update', { id: w.exerciseId, steps: ['Sit tall.', v] }),
    read: async (w) => findById(await allExercises(w), w.exerciseId)?.steps[1],
  },
  {
    name: 'exercises.update cautions',
    key: 'cautions',
    max: 2000,
    write: (w, v) => call(w, 'exercises.update', { id: w.exerciseId, cautions: v }),
    read: async (w) => findById(await allExercises(w), w.exerciseId)?.cautions,
  },
  ...(['reason', 'body'] as const).map((key): TextField => ({
    name: `amendments.add ${key}`,
    key,
    max: key === 'reason' ? 500 : 20_000,
    required: true,
    write: (w, v) => call(w, 'amendments.add', { sessionId: w.signedId, reason: 'Typo', body: 'Left.', [key]: v }),
    read: async (w, written) =>
      findById(await value(w, 'amendments.list', { sessionId: w.signedId }), idOf(written))?.[key],
  })),
  ...PRACTITIONER.map(([key, max]): TextField => ({
    name: `settings.update practitioner.${key}`,
    key,
    max,
    write: (w, v) => call(w, 'settings.update', { practitioner: { [key]: v } }),
    read: async (w) => (await value(w, 'settings.get', {})).practitioner[key],
  })),
  ...PRACTICE.map(([key, max]): TextField => ({
    name: `settings.update practice.${key}`,
    key,
    max,
    write: (w, v) => call(w, 'settings.update', { practice: { [key]: v } }),
    read: async (w) => (await value(w, 'settings.get', {})).practice[key],
  })),
  {
    name: 'settings.update quickPhrases[].trigger',
    key: 'trigger',
    max: 20,
    required: true,
    rule: true,
    filler: (n) => 'x'.repeat(n),
    write: (w, v) => call(w, 'settings.update', { quickPhrases: [{ trigger: v, text: 'Trigger point found' }] }),
    read: async (w) => (await value(w, 'settings.get', {})).quickPhrases[0]?.trigger,
  },
  {
    name: 'settings.update quickPhrases[].text',
    key: 'text',
    max: 2000,
    required: true,
    write: (w, v) => call(w, 'settings.update', { quickPhrases: [{ trigger: 'tp', text: v }] }),
    read: async (w) => (await value(w, 'settings.get', {})).quickPhrases[0]?.text,
  },
];

// ---------------------------------------------------------------------------------------------

/**
 * Sends one value; returns what went wrong, or null. `conforms`: the value passes the field's
 * format rule, so only its length decides.
 */
async function attempt(w: World, field: TextField, sent: string, conforms: boolean): Promise<string | null> {
  const expected = sent.trim();
  // The field's place in the input, from its name ("settings.update quickPhrases[].text").
  const label = labelFor((field.name.split(' ')[1] ?? field.key).replace(/\[\]/g, '').split('.'));
  const fits = characters(expected) <= field.max && (!field.required || expected.length > 0);
  const mustAccept = fits && conforms && ordinary(expected);
  const before = snapshot(w.db);
  const result = await field.write(w, sent);
  if (result.ok) {
    const stored = await field.read(w, result.value);
    if (stored === expected) return null;
    return `stored ${JSON.stringify(stored)?.slice(0, 120)} instead of ${JSON.stringify(expected).slice(0, 120)}`;
  }
  const { code, message } = result.error;
  const problems = [
    mustAccept && `refused text it should accept`,
    code !== 'invalid_input' && `refused with '${code}'`,
    !message.includes(label) && `a message that does not name "${label}"`,
    characters(expected) > field.max &&
      !message.includes(`at most ${field.max} characters`) &&
      !message.includes('has a character Knotbook cannot keep') &&
      'no limit in the message',
    message.length > 300 && `a message of ${message.length} characters`,
    snapshot(w.db) !== before && 'the database changed',
  ].filter((p): p is string => typeof p === 'string');
  return problems.length ? `${problems.join(', ')}: ${message.slice(0, 160)}` : null;
}

function longValues(field: TextField): Record<string, string> {
  const fill = field.filler ?? ((n: number) => 'x'.repeat(n));
  return {
    [`exactly ${field.max} characters`]: fill(field.max),
    ...(field.filler
      ? {}
      : {
          [`${field.max} emoji (twice as many UTF-16 units)`]: '😀'.repeat(field.max),
          [`${field.max + 1} emoji`]: '😀'.repeat(field.max + 1),
        }),
    [`${field.max} characters with spaces around`]: `  ${fill(field.max)}\n `,
    [`${field.max + 1} characters`]: fill(field.max + 1),
    '100 kB': fill(100_000),
  };
}

describe('hostile text in every free-text field', () => {
  for (const field of FIELDS) {
    it(`${field.name}: stored exactly as sent (trimmed) or refused in plain words, never mangled`, async () => {
      const w = await openWorld();
      const failures: string[] = [];
      for (const [name, sent] of Object.entries({ ...HOSTILE, ...longValues(field) })) {
        const problem = await attempt(w, field, sent, name in HOSTILE ? !field.rule : true);
        if (problem) failures.push(`${name}: ${problem}`);
      }
      const pieces = fc.constantFrom(...Object.values(HOSTILE), ' ', '\n', 'x');
      const text = fc.oneof(
        fc.array(pieces, { maxLength: 6 }).map((parts) => parts.join('')),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
      );
      const details = await fc.check(
        fc.asyncProperty(text, async (sent) => {
          const problem = await attempt(w, field, sent, !field.rule);
          if (problem) throw new Error(problem);
        }),
        { numRuns: 25 },
      );
      if (details.failed) {
        const error = details.errorInstance instanceof Error ? details.errorInstance.message : 'failed';
        failures.push(`${error}\n${fc.defaultReportMessage(details)?.replace(/\n\s*Hint: .*/s, '') ?? ''}`);
      }
      expect.soft(failures).toEqual([]);
      expect(w.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(w.db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'clients'`).pluck().get()).toBe(1);
    });
  }
});
