/**
 * The backup benchmark: on a copy of a practice file, the copy floor (a plain file copy and its
 * flush to disk) against a verified backup (backupTo) and an encrypted one (writeEncryptedBackup,
 * as db/api/data.ts makes it: a snapshot of the file straight through the cipher, read back and
 * proven), and the way encrypted backups were made before (a checked plain backup, then
 * encryptFile; now the fallback). Target: a backup within 3 times the floor.
 * `npx tsx db/backup/bench.ts <file.sqlite> [rounds]`; `runBackupBench` for tests/bench/run.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { encryptFile } from './encrypted';
import { writeEncryptedBackup } from './encrypted-backup';
import { readFacts } from './facts';
import { fsyncFile } from './files';
import { backupTo } from './write';

export interface BackupBench {
  megabytes: number;
  floorMs: number[];
  backupMs: number[];
  /** The online backup and the full integrity_check every backup had before (issue 17, item 11). */
  integrityCheckedMs: number[];
  /** writeEncryptedBackup: no plain copy (its method must be 'snapshot', or the bench stops). */
  encryptedMs: number[];
  /** The plain backup, then encryptFile: encrypted backups before, and the fallback now. */
  encryptedViaCopyMs: number[];
}

const elapsed = async (work: () => unknown): Promise<number> => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

export async function runBackupBench(source: string, rounds = 3): Promise<BackupBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-backup-bench-'));
  try {
    const file = path.join(dir, 'knotbook.sqlite');
    fs.copyFileSync(source, file);
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    const result: BackupBench = {
      megabytes: fs.statSync(file).size / 1e6,
      floorMs: [],
      backupMs: [],
      integrityCheckedMs: [],
      encryptedMs: [],
      encryptedViaCopyMs: [],
    };
    for (let round = 0; round < rounds; round += 1) {
      const copy = path.join(dir, `copy-${round}.sqlite`);
      result.floorMs.push(
        await elapsed(() => {
          fs.copyFileSync(file, copy);
          fsyncFile(copy);
        }),
      );
      fs.rmSync(copy);
      const backup = path.join(dir, `backup-${round}.sqlite`);
      result.backupMs.push(await elapsed(() => backupTo(db, backup)));
      fs.rmSync(backup);
      const before = path.join(dir, `before-${round}.sqlite`);
      result.integrityCheckedMs.push(
        await elapsed(async () => {
          await db.backup(before);
          await readFacts(before, { toRollbackJournal: true, check: 'integrity' });
          fsyncFile(before);
        }),
      );
      fs.rmSync(before);
      const sealed = path.join(dir, `encrypted-${round}.knbtbak`);
      result.encryptedMs.push(
        await elapsed(async () => {
          const made = await writeEncryptedBackup(db, sealed, 'correct horse battery');
          if (made.method !== 'snapshot') throw new Error(`bench: no snapshot (${made.refused ?? ''})`);
        }),
      );
      fs.rmSync(sealed);
      result.encryptedViaCopyMs.push(
        await elapsed(async () => {
          const plain = path.join(dir, `plain-${round}.sqlite`);
          await backupTo(db, plain);
          await encryptFile(plain, sealed, 'correct horse battery');
          fs.rmSync(plain);
        }),
      );
      fs.rmSync(sealed);
    }
    db.close();
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [source, rounds] = process.argv.slice(2);
  if (!source) throw new Error('usage: tsx db/backup/bench.ts <file.sqlite> [rounds]');
  const bench = await runBackupBench(source, Number(rounds ?? 3));
  const floor = median(bench.floorMs);
  console.log(`${bench.megabytes.toFixed(0)} MB; medians of ${bench.floorMs.length} rounds`);
  console.log(`copy floor (copy + fsync): ${floor.toFixed(0)} ms`);
  console.log(
    `backup (online backup + check): ${median(bench.backupMs).toFixed(0)} ms = ${(median(bench.backupMs) / floor).toFixed(1)}x`,
  );
  const before = median(bench.integrityCheckedMs);
  console.log(`before (online backup + integrity_check): ${before.toFixed(0)} ms = ${(before / floor).toFixed(1)}x`);
  const encrypted = median(bench.encryptedMs);
  console.log(`encrypted (snapshot, encrypt, prove): ${encrypted.toFixed(0)} ms = ${(encrypted / floor).toFixed(1)}x`);
  const viaCopy = median(bench.encryptedViaCopyMs);
  console.log(`encrypted before (backup, then encrypt): ${viaCopy.toFixed(0)} ms = ${(viaCopy / floor).toFixed(1)}x`);
  console.log(JSON.stringify(bench));
}
