/**
 * Rotation keeps the newest backup of each of the last 7 days, 4 ISO weeks and 12 months that
 * have backups (local time), and deletes only Knotbook's own daily backups.
 */
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { tempPath } from '../testing/temp-db';
import { backupFileName } from './names';
import { backupsToKeep, rotateBackups } from './rotation';
import { namesIn } from './testing';

/** A local time (months from 1). */
const local = (year: number, month: number, day: number, hour = 8, minute = 30) =>
  new Date(year, month - 1, day, hour, minute);

const days = (dates: Date[], keep: Set<number>) =>
  [...keep].sort((a, b) => a - b).map((index) => format(dates[index]!, 'yyyy-MM-dd HH:mm'));

describe('backupsToKeep', () => {
  it('keeps 20 of a year of daily backups: 7 days, 2 more weeks, 11 more months', () => {
    // One backup a day at 08:30, from 22 November 2025 to Saturday 21 November 2026.
    const dates = Array.from({ length: 365 }, (_, i) => local(2025, 11, 22 + i));
    expect(format(dates.at(-1)!, 'yyyy-MM-dd')).toBe('2026-11-21');

    const keep = backupsToKeep(dates, local(2026, 11, 21, 20, 0));

    expect(days(dates, keep).map((d) => d.slice(0, 10))).toEqual([
      '2025-12-31', // months: the newest of each of the last 12 (December 2025 to November 2026)
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-01', // weeks: Sunday 1 November ends the ISO week of 26 October
      '2026-11-08', // weeks: the week of 2 November
      '2026-11-15', // days: the last 7 days (also the newest of the week of 9 November)
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21', // also the newest of this week and of November
    ]);
  });

  it('keeps the newest backup of a day when several were made at different hours', () => {
    const dates: Date[] = [];
    for (let day = 15; day <= 21; day += 1) {
      for (const hour of [18, 7, 12]) dates.push(local(2026, 11, day, hour, 0));
    }
    const keep = backupsToKeep(dates, local(2026, 11, 21, 23, 0));
    expect(days(dates, keep)).toEqual([
      '2026-11-15 18:00',
      '2026-11-16 18:00',
      '2026-11-17 18:00',
      '2026-11-18 18:00',
      '2026-11-19 18:00',
      '2026-11-20 18:00',
      '2026-11-21 18:00',
    ]);
  });

  it('counts only the days, weeks and months that have backups, so a long break costs nothing before it', () => {
    // Every day of March 2026 (from Sunday 1 March), then nothing until 21 November.
    const dates = Array.from({ length: 31 }, (_, i) => local(2026, 3, 1 + i, 9, 0));
    dates.push(local(2026, 11, 21, 9, 0));
    const keep = backupsToKeep(dates, local(2026, 11, 21, 12, 0));
    expect(days(dates, keep).map((d) => d.slice(0, 10))).toEqual([
      '2026-03-22', // week of 16 March
      '2026-03-26', // days: the 7 days with backups are 21 November and 26-31 March
      '2026-03-27',
      '2026-03-28',
      '2026-03-29', // also the newest of the week of 23 March
      '2026-03-30',
      '2026-03-31', // also the newest of its week (30 March) and of March
      '2026-11-21',
    ]);
  });

  it('treats an ISO week across the new year as one week', () => {
    // Monday 29 December 2025 to Sunday 4 January 2026 is week 1 of 2026; then 8 later days.
    const dates = [local(2025, 12, 29), local(2026, 1, 4)];
    for (let day = 5; day <= 12; day += 1) dates.push(local(2026, 1, day));
    const keep = backupsToKeep(dates, local(2026, 1, 12, 20, 0));
    // Days: 6-12 January. Weeks: 12 Jan (week 3), 11 Jan (week 2), 4 Jan (week 1; 29 December is
    // in it, older). Months: January, and December 2025.
    expect(days(dates, keep).map((d) => d.slice(0, 10))).toEqual([
      '2025-12-29',
      '2026-01-04',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-10',
      '2026-01-11',
      '2026-01-12',
    ]);
  });

  it('keeps what it cannot place: a backup dated after now (a clock put back), or no date', () => {
    const dates = [local(2026, 11, 21), local(2027, 1, 1), new Date(Number.NaN)];
    expect(backupsToKeep(dates, local(2026, 11, 21, 20, 0))).toEqual(new Set([0, 1, 2]));
    expect(backupsToKeep([], local(2026, 11, 21))).toEqual(new Set());
  });
});

describe('rotateBackups', () => {
  it('deletes only the daily backups rotation does not keep, and never any other file', () => {
    const folder = path.dirname(tempPath());
    const write = (name: string) => fs.writeFileSync(path.join(folder, name), 'x');
    // 40 daily backups, one a day up to 21 November 2026 at 08:30 local time.
    const daily = Array.from({ length: 40 }, (_, i) => backupFileName('daily', local(2026, 10, 13 + i)));
    daily.forEach(write);
    const keptByRule = [
      ...daily.slice(-7), // 15-21 November
      backupFileName('daily', local(2026, 11, 8)),
      backupFileName('daily', local(2026, 11, 1)),
      backupFileName('daily', local(2026, 10, 31)),
    ];
    const others = [
      backupFileName('before-migration', local(2024, 1, 1), { beforeVersion: 7 }),
      backupFileName('before-restore', local(2024, 2, 1)),
      backupFileName('manual', local(2024, 3, 1)),
      'knotbook.sqlite',
      'knotbook-notes.txt',
      'my-knotbook-2024-01-01T00-00-00Z.sqlite',
      'knotbook-2024-13-45T00-00-00Z.sqlite', // not a real date: not ours
    ];
    others.forEach(write);
    // A temporary file of an interrupted backup two days ago, and one being written now.
    const stale = `.${daily[0]}.0123456789ab.partial`;
    const current = `.${daily[1]}.ba9876543210.partial`;
    write(stale);
    write(current);
    const twoDaysAgo = local(2026, 11, 19, 20, 0);
    fs.utimesSync(path.join(folder, stale), twoDaysAgo, twoDaysAgo);
    const now = local(2026, 11, 21, 20, 0);
    fs.utimesSync(path.join(folder, current), now, now);

    const deleted = rotateBackups(folder, now);

    expect(namesIn(folder)).toEqual([...keptByRule, ...others, current].sort());
    expect(deleted.map((file) => path.basename(file)).sort()).toEqual(
      [...daily.filter((name) => !keptByRule.includes(name)), stale].sort(),
    );
  });

  it('does nothing in a folder that is not there', () => {
    expect(rotateBackups(path.join(path.dirname(tempPath()), 'backups'), new Date('2026-11-21T09:30:00Z'))).toEqual([]);
  });
});
