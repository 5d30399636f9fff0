/**
 * The practice's rows on import: the settings (practitioner, practice, quick phrases, paper size)
 * and the therapist's choices about Knotbook's built-in exercises (hidden or not).
 *
 * They never stop an import. A setting this database does not have yet is taken from the file;
 * one it has with the same value is already present; one that differs is reported in words, and
 * the therapist's choice decides: keep this computer's ('keep', the default) or take the file's
 * ('replace'). A built-in exercise untouched here takes the file's choice; one the therapist
 * changed here too is a difference like a setting.
 */
import type { Database } from 'better-sqlite3';
import type { ImportSettingsChoice, SettingDifference, Settings } from '../api/contract';
import { DEFAULT_SETTINGS } from '../queries/settings';
import type { KnotbookExport } from './format';
import { canonical, rowsOf, type AnyRow } from './tables';

type SettingKey = keyof Settings;

const FIELD_WORDS: Record<string, string> = {
  'practitioner.name': 'Practitioner: Your name',
  'practitioner.credentials': 'Practitioner: Credentials',
  'practitioner.registration': 'Practitioner: Registration number',
  'practice.name': 'Practice: Practice name',
  'practice.address': 'Practice: Practice address',
  'practice.phone': 'Practice: Practice phone',
  'practice.email': 'Practice: Practice email',
  quickPhrases: 'Quick phrases',
  paperSize: 'Paper size',
};

const PAPER_WORDS: Record<string, string> = { letter: 'Letter', a4: 'A4' };

/** A value as the therapist would read it: empty text says "(empty)". */
function shown(key: string, value: unknown): string {
  if (key === 'paperSize') return PAPER_WORDS[String(value)] ?? String(value);
  if (key === 'quickPhrases') {
    const phrases = Array.isArray(value) ? (value as { trigger: string; text: string }[]) : [];
    if (phrases.length === 0) return '(none)';
    return phrases.map((p) => `${p.trigger}: ${p.text}`).join('; ');
  }
  const text = String(value ?? '');
  return text === '' ? '(empty)' : text;
}

/** A stored or file value read as settings.get reads it (objects merged over the defaults). */
function merged(key: SettingKey, value: unknown): unknown {
  const fallback = DEFAULT_SETTINGS[key];
  return typeof fallback === 'object' && !Array.isArray(fallback) ? { ...fallback, ...(value as object) } : value;
}

/** The differences between two values of one setting, field by field for the objects. */
function settingDifferences(key: SettingKey, here: unknown, inFile: unknown): SettingDifference[] {
  const a = merged(key, here);
  const b = merged(key, inFile);
  if (key === 'practitioner' || key === 'practice') {
    const fields = Object.keys(DEFAULT_SETTINGS[key]);
    return fields
      .filter((f) => canonical((a as AnyRow)[f]) !== canonical((b as AnyRow)[f]))
      .map((f) => ({
        what: FIELD_WORDS[`${key}.${f}`] ?? `${key}: ${f}`,
        here: shown(f, (a as AnyRow)[f]),
        inFile: shown(f, (b as AnyRow)[f]),
      }));
  }
  if (canonical(a) === canonical(b)) return [];
  return [{ what: FIELD_WORDS[key] ?? key, here: shown(key, a), inFile: shown(key, b) }];
}

export interface PracticeOutcome {
  imported: { settings: number; built_in_exercises: number };
  alreadyPresent: { settings: number; built_in_exercises: number };
  differences: SettingDifference[];
}

function importSettings(db: Database, file: KnotbookExport, choice: ImportSettingsChoice, out: PracticeOutcome) {
  const select = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const write = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (@key, @value, @updated_at)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  // In the order of the Settings page, whatever the file's order.
  const order = Object.keys(DEFAULT_SETTINGS);
  const rows = [...rowsOf(file, 'settings')].sort(
    (a, b) => order.indexOf(String(a.key)) - order.indexOf(String(b.key)),
  );
  for (const row of rows) {
    const key = row.key as SettingKey;
    const stored = select.get(key) as string | undefined;
    const take = () => {
      write.run({ key, value: JSON.stringify(row.value), updated_at: row.updated_at });
      out.imported.settings++;
    };
    if (stored === undefined) {
      take();
      continue;
    }
    const differences = settingDifferences(key, JSON.parse(stored) as unknown, row.value);
    if (differences.length === 0) {
      out.alreadyPresent.settings++;
      continue;
    }
    out.differences.push(...differences);
    if (choice === 'replace') take();
  }
}

interface BuiltInHere {
  name: string;
  hidden: number;
  created_at: string;
  updated_at: string;
}

function importBuiltIns(db: Database, file: KnotbookExport, choice: ImportSettingsChoice, out: PracticeOutcome) {
  const select = db.prepare('SELECT name, hidden, created_at, updated_at FROM exercises WHERE id = ? AND built_in = 1');
  const write = db.prepare('UPDATE exercises SET hidden = @hidden, updated_at = @updated_at WHERE id = @id');
  for (const row of rowsOf(file, 'built_in_exercises')) {
    // A built-in exercise this Knotbook does not ship: nothing to apply the choice to.
    const here = select.get(row.id) as BuiltInHere | undefined;
    if (!here) continue;
    if (here.hidden === row.hidden) {
      out.alreadyPresent.built_in_exercises++;
      continue;
    }
    const take = () => {
      write.run({ id: row.id, hidden: row.hidden, updated_at: row.updated_at });
      out.imported.built_in_exercises++;
    };
    if (here.updated_at === here.created_at) {
      take();
      continue;
    }
    const words = (hidden: unknown) => (hidden === 1 ? 'Hidden from the list' : 'Shown in the list');
    out.differences.push({
      what: `Built-in exercise ‘${here.name}’`,
      here: words(here.hidden),
      inFile: words(row.hidden),
    });
    if (choice === 'replace') take();
  }
}

/** Applies the file's settings and built-in choices as `choice` says; never refuses. */
export function importPractice(db: Database, file: KnotbookExport, choice: ImportSettingsChoice): PracticeOutcome {
  const out: PracticeOutcome = {
    imported: { settings: 0, built_in_exercises: 0 },
    alreadyPresent: { settings: 0, built_in_exercises: 0 },
    differences: [],
  };
  importSettings(db, file, choice, out);
  importBuiltIns(db, file, choice, out);
  return out;
}
