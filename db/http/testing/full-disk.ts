/**
 * Test support: a disk that is really full, without root. A 4 MB tmpfs is mounted on a folder
 * inside a user and mount namespace of its own (`unshare`), seen by nothing outside it, and a
 * shell script runs there with that folder as "$1" (and the arguments after it as "$2"...).
 *
 * Where such a namespace cannot be made (not Linux; Ubuntu 23.10+ forbids unprivileged user
 * namespaces through AppArmor), `canMountTmpfs` is false and the tests that need it are skipped.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

/** Fills the disk mounted on "$1" to the last byte. */
export const FILL_DISK = 'cat /dev/zero > "$1/filler" 2>/dev/null;';

/** Runs `script` with a fresh 4 MB tmpfs on `folder` (an empty folder) as "$1", from the repository root. */
export function onSmallDisk(folder: string, script: string, ...args: string[]): SpawnSyncReturns<string> {
  const mount = 'set -e; mount -t tmpfs -o size=4m tmpfs "$1"; set +e;';
  return spawnSync(
    'unshare',
    ['--user', '--map-root-user', '--mount', 'sh', '-c', mount + script, 'sh', folder, ...args],
    { cwd: root, encoding: 'utf8', timeout: 90_000 },
  );
}

function probe(): boolean {
  if (process.platform !== 'linux') return false;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-mount-'));
  try {
    return onSmallDisk(folder, 'true').status === 0;
  } catch {
    return false; // no unshare at all
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export const canMountTmpfs = probe();
if (!canMountTmpfs) console.warn('Full-disk tests skipped: this system cannot mount a tmpfs in a user namespace.');
