/** The automatic backup: once per local calendar day, beside the database, then rotation. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTempDb } from '../testing/temp-db';
import { automaticBackup } from './automatic';
import { backupFileName, listBackups } from './names';
import { addPractice, namesIn, rowsOf, rowsOfFile } from './testing';

/** A local time (months from 1). */
const local = (year: number, month: number, day: number, hour: number) => new Date(year, month - 1, day, hour, 0);

describe('automaticBackup', () => {
  it('makes one verified backup a day, in "backups" beside the database', async () => {
    const { db, file } = openTempDb();
    addPractice(db, ['Maya']);
    const folder = path.join(path.dirname(file), 'knotbook-backups');

    const morning = await automaticBackup(db, { databaseFile: file, now: local(2026, 11, 21, 8) });
    expect(morning.made).toBe(true);
    if (!morning.made) return;
    expect(path.dirname(morning.backup.file)).toBe(folder);
    expect(path.basename(morning.backup.file)).toBe(backupFileName('daily', local(2026, 11, 21, 8)));
    expect(morning.backup).toMatchObject({ clients: 1, sessions: 2, verified: true });
    expect(rowsOfFile(morning.backup.file)).toEqual(rowsOf(db));

    addPractice(db, ['Tomas']);
    expect(await automaticBackup(db, { databaseFile: file, now: local(2026, 11, 21, 23) })).toEqual({ made: false });
    expect(namesIn(folder)).toEqual([path.basename(morning.backup.file)]);

    const nextDay = await automaticBackup(db, { databaseFile: file, now: local(2026, 11, 22, 0) });
    expect(nextDay.made).toBe(true);
    if (!nextDay.made) return;
    expect(nextDay.backup.clients).toBe(2);
    expect(listBackups(folder).map((entry) => entry.kind)).toEqual(['daily', 'daily']);
  });

  it('does not count a backup of another kind as the day’s backup', async () => {
    const { db, file } = openTempDb();
    const folder = path.join(path.dirname(file), 'knotbook-backups');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, backupFileName('before-restore', local(2026, 11, 21, 7))), 'x');
    const result = await automaticBackup(db, { databaseFile: file, folder, now: local(2026, 11, 21, 9) });
    expect(result.made).toBe(true);
  });

  it('then deletes the older daily backups rotation does not keep, and nothing else', async () => {
    const { db, file } = openTempDb();
    const folder = path.join(path.dirname(file), 'elsewhere');
    fs.mkdirSync(folder);
    // A daily backup every day of October 2026 (files by name only), and other files.
    const october = Array.from({ length: 31 }, (_, i) => backupFileName('daily', local(2026, 10, 1 + i, 8)));
    const others = [backupFileName('before-migration', local(2026, 10, 2, 8), { beforeVersion: 7 }), 'notes.txt'];
    for (const name of [...october, ...others]) fs.writeFileSync(path.join(folder, name), 'x');

    const result = await automaticBackup(db, { databaseFile: file, folder, now: local(2026, 11, 21, 8) });

    expect(result.made).toBe(true);
    if (!result.made) return;
    // Kept: 21 November; of October the 6 newest days, then 25 and 18 October for their ISO
    // weeks (the 4 weeks with backups: 16 November, 26 and 19 and 12 October).
    const kept = [
      ...october.slice(-6),
      backupFileName('daily', local(2026, 10, 25, 8)),
      backupFileName('daily', local(2026, 10, 18, 8)),
    ];
    expect(namesIn(folder)).toEqual([path.basename(result.backup.file), ...kept, ...others].sort());
    expect(result.deleted).toHaveLength(31 - kept.length);
  });
});
