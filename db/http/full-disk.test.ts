/**
 * `npm run serve` on a disk that is really full says so in plain words (issue 17), where SQLite
 * says only "disk I/O error", and leaves the file as it was. The disk is a filled 4 MB tmpfs in
 * a namespace of its own (db/http/testing/full-disk.ts); where none can be made these tests are
 * skipped, and the same words for the same errors are tested everywhere with stand-in errors in
 * electron/startup-messages.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISK_FULL_ON_OPEN } from '../errors';
import { openDatabase } from '../open';
import { oldSchemaFile } from '../testing/old-schema';
import { tempPath } from '../testing/temp-db';
import { FILL_DISK, canMountTmpfs, onSmallDisk } from './testing/full-disk';

/**
 * Copies `source` (if any) onto the small disk, fills the disk up, and starts serve on that file.
 * Returns what serve said, how it ended, and whether the file on the full disk is unchanged.
 */
function serveOnFullDisk(source: string | undefined) {
  const script =
    `if [ -n "$2" ]; then cp "$2" "$1/knotbook.sqlite"; fi; ${FILL_DISK}` +
    '"$3" --import tsx scripts/serve.ts --db "$1/knotbook.sqlite" --port 0 --no-build --no-backup;' +
    'echo "exit=$?"; if [ -n "$2" ] && cmp -s "$2" "$1/knotbook.sqlite"; then echo unchanged; fi';
  const run = onSmallDisk(path.dirname(tempPath()), script, source ?? '', process.execPath);
  return { stdout: run.stdout, stderr: run.stderr.trim() };
}

describe.skipIf(!canMountTmpfs)('serve on a full disk', () => {
  it('says the disk is full for an existing file, and leaves it as it was', () => {
    const file = tempPath();
    openDatabase(file).close();
    const { stdout, stderr } = serveOnFullDisk(file);
    expect(stderr).toBe(DISK_FULL_ON_OPEN);
    expect(stdout).toContain('exit=1');
    expect(stdout).toContain('unchanged');
  }, 120_000);

  it('says the disk is full for a new file', () => {
    const { stdout, stderr } = serveOnFullDisk(undefined);
    expect(stderr).toBe(DISK_FULL_ON_OPEN);
    expect(stdout).toContain('exit=1');
  }, 120_000);

  it('says the disk is full when the copy kept before an update does not fit', () => {
    const file = oldSchemaFile(1);
    const { stdout, stderr } = serveOnFullDisk(file);
    expect(stderr).toBe(DISK_FULL_ON_OPEN);
    expect(stdout).toContain('exit=1');
    expect(stdout).toContain('unchanged');
    expect(fs.existsSync(file)).toBe(true);
  }, 120_000);
});
