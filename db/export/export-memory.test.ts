/**
 * The streamed export's promise: memory does not grow with the practice. A file several times
 * larger than the memory a process is allowed (a 64 MB JavaScript heap) is exported as JSON and
 * as CSV in a zip within that limit, while the old way (the whole export as one object, then one
 * text) runs out of memory under the same limit.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Unzip, UnzipInflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempPath } from '../testing/temp-db';
import { makeLargePractice } from './stream-testing';

const HEAP_MB = 64;
/** A database of about 145 MB: 180,000 chart points with notes of 320 characters (under 2 s to make). */
const MARKS = 180_000;
const NOTE_CHARS = 320;
const CHILD_TIMEOUT_MS = 150_000;

interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function runChild(mode: string, database: string, destination: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', 'db/export/memory-child.ts', mode, database, destination],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: CHILD_TIMEOUT_MS },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Rows of a JSON export, counted line by line (each row opens with `{` alone at six spaces). */
async function countJsonRows(file: string): Promise<{ rows: number; lastLine: string }> {
  let rows = 0;
  let lastLine = '';
  for await (const line of readline.createInterface({ input: fs.createReadStream(file) })) {
    if (line === '      {') rows += 1;
    lastLine = line;
  }
  return { rows, lastLine };
}

/** Records of one CSV file in a zip, counted as it is inflated (each ends with CR LF; notes hold LF only). */
async function countCsvRecords(file: string, entry: string): Promise<number> {
  let records = 0;
  let failure: Error | null = null;
  const unzip = new Unzip((found) => {
    if (found.name !== entry) return;
    found.ondata = (error, data) => {
      if (error) failure = error;
      for (const byte of data) if (byte === 0x0d) records += 1;
    };
    found.start();
  });
  unzip.register(UnzipInflate);
  for await (const chunk of fs.createReadStream(file)) unzip.push(chunk as Buffer);
  unzip.push(new Uint8Array(0), true);
  if (failure) throw failure;
  return records;
}

describe('exporting a practice larger than the memory the process may use', () => {
  it(
    `writes JSON and CSV within a ${HEAP_MB} MB heap, where the export held whole runs out of memory`,
    async () => {
      const database = tempPath('large.sqlite');
      makeLargePractice(database, MARKS, NOTE_CHARS);
      expect(fs.statSync(database).size).toBeGreaterThan(HEAP_MB * 1024 * 1024);
      const folder = path.dirname(database);

      const whole = await runChild('whole', database, path.join(folder, 'whole.json'));
      expect(whole.code).not.toBe(0);
      expect(whole.stderr).toMatch(/heap out of memory/i);

      const json = await runChild('json', database, path.join(folder, 'everything.json'));
      expect(json.stderr).toBe('');
      expect(json.code).toBe(0);
      // The chart points, and the client, session, settings and audit entries of a new file.
      const { rows } = JSON.parse(json.stdout) as { rows: number };
      expect(rows).toBeGreaterThan(MARKS);
      const written = await countJsonRows(path.join(folder, 'everything.json'));
      expect(written).toEqual({ rows, lastLine: '}' });
      expect(fs.statSync(path.join(folder, 'everything.json')).size).toBeGreaterThan(3 * HEAP_MB * 1024 * 1024);

      const csv = await runChild('csv', database, path.join(folder, 'everything.csv.zip'));
      expect(csv.stderr).toBe('');
      expect(csv.code).toBe(0);
      expect(await countCsvRecords(path.join(folder, 'everything.csv.zip'), 'marks.csv')).toBe(MARKS + 1);
    },
    3 * CHILD_TIMEOUT_MS,
  );
});
