/**
 * Which automatic backups to keep (grandfather-father-son): the newest backup of each of the
 * last 7 days that have backups, of each of the last 4 ISO weeks that have backups, and of each
 * of the last 12 months that have backups, in local time. Periods without backups are skipped
 * rather than counted, so a long break never costs the backups made before it. Only daily
 * backups take part: those made before an update or a restore, and those made on request, are
 * never deleted by rotation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startOfDay, startOfISOWeek, startOfMonth } from 'date-fns';
import { removeQuietly } from './files';
import { isLeftBehind } from './leftovers';
import { listBackups, tempFileOwner } from './names';

const RULES: readonly { periodOf: (d: Date) => Date; count: number }[] = [
  { periodOf: startOfDay, count: 7 },
  { periodOf: startOfISOWeek, count: 4 },
  { periodOf: startOfMonth, count: 12 },
];

/**
 * The indexes in `dates` of the backups to keep at `now`. A backup dated after `now` (a clock
 * put back) or with no valid date is kept, and does not count towards any period.
 */
export function backupsToKeep(dates: readonly Date[], now: Date): Set<number> {
  const keep = new Set<number>();
  const past: { time: number; index: number }[] = [];
  dates.forEach((date, index) => {
    const time = date.getTime();
    if (Number.isNaN(time) || time > now.getTime()) keep.add(index);
    else past.push({ time, index });
  });
  past.sort((a, b) => b.time - a.time || b.index - a.index); // newest first
  for (const { periodOf, count } of RULES) {
    const periods = new Set<number>();
    for (const { time, index } of past) {
      const period = periodOf(new Date(time)).getTime();
      if (periods.has(period)) continue;
      if (periods.size === count) break;
      periods.add(period);
      keep.add(index);
    }
  }
  return keep;
}

/** Our temporary files of an older version (no process id) older than this were left by a backup that never finished. */
const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the daily backups in `folder` that backupsToKeep does not keep at `now`, and our
 * temporary files left by a process that is gone (or, for an older version's names, which carry
 * no process id, left a day or more ago). Files of any other name
 * are never touched. Returns the deleted paths.
 */
export function rotateBackups(folder: string, now: Date): string[] {
  const daily = listBackups(folder).filter((entry) => entry.kind === 'daily');
  const keep = backupsToKeep(
    daily.map((entry) => new Date(entry.at)),
    now,
  );
  const deleted: string[] = [];
  daily.forEach((entry, index) => {
    if (keep.has(index)) return;
    removeQuietly(entry.file);
    if (!fs.existsSync(entry.file)) deleted.push(entry.file);
  });
  let names: string[] = [];
  try {
    names = fs.readdirSync(folder);
  } catch {
    // No folder: nothing to tidy.
  }
  for (const name of names) {
    const owner = tempFileOwner(name);
    if (!owner) continue;
    const file = path.join(path.resolve(folder), name);
    if (owner.pid !== null && !isLeftBehind(owner.pid)) continue; // still being written
    try {
      if (owner.pid === null && now.getTime() - fs.statSync(file).mtimeMs < STALE_TEMP_MS) continue;
    } catch {
      continue;
    }
    removeQuietly(file);
    if (!fs.existsSync(file)) deleted.push(file);
  }
  return deleted;
}
