/**
 * Settings and the choices about built-in exercises never stop an import: those that differ are
 * reported in words, and the therapist keeps this computer's or takes the file's. Records are
 * imported either way.
 */
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../api/contract';
import { BUILT_IN_EXERCISES } from '../seed/exercises';
import { openTestApi, type TestApi } from '../testing/api';
import { exportAll, toJsonText } from './export';
import { makeClientRecord, setUpPractice } from './testing';

const CHIN_TUCK = BUILT_IN_EXERCISES[0] ?? { id: '', name: '' };

/** A practice with one client, a built-in exercise hidden, exported whole. */
function exported(): string {
  const source = openTestApi();
  setUpPractice(source);
  makeClientRecord(source);
  source.call('exercises.setHidden', { id: CHIN_TUCK.id, hidden: true });
  return toJsonText(exportAll(source.db));
}

/** A fresh install whose therapist typed their name one letter different and hid, then showed, the same exercise. */
function freshInstall(): TestApi {
  const target = openTestApi();
  setUpPractice(target);
  target.call('settings.update', { practitioner: { name: 'Jo Parks' } });
  target.call('exercises.setHidden', { id: CHIN_TUCK.id, hidden: true });
  target.call('exercises.setHidden', { id: CHIN_TUCK.id, hidden: false });
  return target;
}

const differences = [
  { what: 'Practitioner: Your name', here: 'Jo Parks', inFile: 'Jo Park' },
  { what: `Built-in exercise ‘${CHIN_TUCK.name}’`, here: 'Shown in the list', inFile: 'Hidden from the list' },
];

const isHidden = (api: TestApi) =>
  !api.call('exercises.list', { includeHidden: false }).some((e) => e.id === CHIN_TUCK.id);

describe('settings that differ on import', () => {
  it('are reported and this computer’s kept by default, the records imported all the same', () => {
    const text = exported();
    const target = freshInstall();
    const report: ImportReport = target.call('import.json', { text });
    expect(report.settingsDiffer).toEqual(differences);
    expect(report.settings).toBe('keep');
    expect(report.imported).toMatchObject({ clients: 1, sessions: 2, settings: 0, built_in_exercises: 0 });
    expect(report.alreadyPresent).toMatchObject({ settings: 2 });
    expect(target.call('settings.get', {}).practitioner.name).toBe('Jo Parks');
    expect(isHidden(target)).toBe(false);
    expect(target.call('clients.list', {}).map((c) => c.givenName)).toEqual(['Maya']);
  });

  it('are taken from the file when the therapist chooses so, after the records came in', () => {
    const text = exported();
    const target = freshInstall();
    target.call('import.json', { text });
    const report: ImportReport = target.call('import.json', { text, settings: 'replace' });
    expect(report.settingsDiffer).toEqual(differences);
    expect(report.settings).toBe('replace');
    expect(report.imported).toMatchObject({ clients: 0, sessions: 0, settings: 1, built_in_exercises: 1 });
    expect(target.call('settings.get', {}).practitioner).toEqual({
      name: 'Jo Park',
      credentials: 'RMT',
      registration: '',
    });
    expect(isHidden(target)).toBe(true);
    const practiceEntry = target.db
      .prepare("SELECT changes FROM audit_log WHERE entity = 'import' AND client_id IS NULL ORDER BY id DESC")
      .pluck()
      .get();
    expect(practiceEntry).toBe('["built_in_exercises","settings"]');
    // Now the same everywhere: nothing differs any more.
    expect(target.call('import.json', { text }).settingsDiffer).toEqual([]);
  });

  it('take the file’s choice for a built-in exercise never changed here', () => {
    const text = exported();
    const target = openTestApi();
    const report: ImportReport = target.call('import.json', { text });
    expect(report.settingsDiffer).toEqual([]);
    expect(report.imported).toMatchObject({ settings: 3, built_in_exercises: 1 });
    expect(isHidden(target)).toBe(true);
  });
});
