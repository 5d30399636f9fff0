/**
 * Settings: the practitioner profile (who signs), the practice named on printed pages, quick
 * phrases for notes, and the paper size. One JSON value per key in the `settings` table.
 */
import type { Database } from 'better-sqlite3';
import type { OpParsed, Settings } from '../api/contract';
import { AppError } from '../errors';
import { nowIso } from '../ids';
import { appendAudit } from './audit-log';

export const DEFAULT_SETTINGS: Settings = {
  practitioner: { name: '', credentials: '', registration: '' },
  practice: { name: '', address: '', phone: '', email: '' },
  quickPhrases: [],
  paperSize: 'letter',
};

type Key = keyof Settings;
const KEYS = Object.keys(DEFAULT_SETTINGS) as Key[];

export function getSettings(db: Database): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const read = <K extends Key>(key: K): Settings[K] => {
    const value = stored.get(key);
    const fallback = DEFAULT_SETTINGS[key];
    if (value === undefined) return fallback;
    // Objects are merged over the defaults, so a field added later still has a value.
    return (
      typeof fallback === 'object' && !Array.isArray(fallback) ? { ...fallback, ...(value as object) } : value
    ) as Settings[K];
  };
  return {
    practitioner: read('practitioner'),
    practice: read('practice'),
    quickPhrases: read('quickPhrases'),
    paperSize: read('paperSize'),
  };
}

/** Saves the given parts (each part whole, or its given fields merged over what is saved). */
export function updateSettings(db: Database, actor: string, changes: OpParsed<'settings.update'>): Settings {
  return db.transaction(() => {
    const triggers = (changes.quickPhrases ?? []).map((p) => p.trigger.toLowerCase());
    const twice = triggers.find((t, i) => triggers.indexOf(t) !== i);
    if (twice !== undefined) {
      throw new AppError('invalid_input', `Two quick phrases have the short name "${twice}". Give each its own.`);
    }
    const before = getSettings(db);
    const now = nowIso();
    const changed: string[] = [];
    for (const key of KEYS) {
      const given = changes[key];
      if (given === undefined) continue;
      const old = before[key];
      const next =
        typeof old === 'object' && !Array.isArray(old) ? { ...old, ...(given as object) } : (given as Settings[Key]);
      if (JSON.stringify(next) === JSON.stringify(old)) continue;
      db.prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      ).run(key, JSON.stringify(next), now);
      changed.push(key);
    }
    if (changed.length > 0) {
      appendAudit(db, {
        actor,
        action: 'update',
        entity: 'settings',
        entityId: 'settings',
        clientId: null,
        changes: changed,
      });
    }
    return getSettings(db);
  })();
}
