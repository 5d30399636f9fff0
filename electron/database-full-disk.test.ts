/**
 * The desktop app on a disk that is really full (issue 17): opening an existing file, a new one
 * or a new demo says the disk is full, with no offer to restore a backup over a file that is not
 * to blame. The disk is a filled 4 MB tmpfs in a namespace of its own (db/http/testing/full-disk.ts);
 * where none can be made this is skipped, and electron/startup-messages.test.ts has the words.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISK_FULL_ON_OPEN } from '../db/errors';
import { FILL_DISK, canMountTmpfs, onSmallDisk } from '../db/http/testing/full-disk';
import { openDatabase } from '../db/open';
import { tempPath } from '../db/testing/temp-db';

/** Run on the full disk, "$1": opens each file as main does and prints each outcome, one a line. */
const OPEN_EACH = `
  const { openAppDatabase } = await import('./electron/database.ts');
  const disk = process.argv[1];
  for (const [name, demo] of [['knotbook.sqlite', false], ['new.sqlite', false], ['demo.sqlite', true]]) {
    const outcome = await openAppDatabase({ file: disk + '/' + name, demo }, undefined);
    console.log(JSON.stringify(outcome.ok ? { ok: true } : outcome));
  }`;

describe.skipIf(!canMountTmpfs)('the desktop app on a full disk', () => {
  it('says the disk is full, offering no backup, for an existing, a new and a demo file', () => {
    const file = tempPath();
    openDatabase(file).close();
    const run = onSmallDisk(
      path.dirname(tempPath()),
      `cp "$2" "$1/knotbook.sqlite"; ${FILL_DISK} "$3" --import tsx --input-type=module -e "$4" "$1"`,
      file,
      process.execPath,
      OPEN_EACH,
    );
    expect(run.stderr).toBe('');
    const outcomes = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(outcomes).toEqual(Array(3).fill({ ok: false, kind: 'disk_full', message: DISK_FULL_ON_OPEN }));
  }, 120_000);
});
