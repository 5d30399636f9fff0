/**
 * Test support for db/export/export-memory.test.ts (and the practice bench's export timings): one
 * export of a Knotbook file, run in its own process so the test can set that process's memory
 * limit (`--max-old-space-size`) and the bench can read its peak resident memory. Prints one line
 * of JSON at the end: the rows written, the export's time, the longest the event loop was held
 * (how long any other call would have waited) and the process's peak resident memory. Run with
 * `node --max-old-space-size=64 --import tsx db/export/memory-child.ts <mode> <database> <file>`:
 *
 *   json    writeExportJson, everything
 *   csv     writeExportCsvZip, everything
 *   whole   the old way: exportAll, then toJsonText, then one write (expected to run out of memory)
 */
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openDatabase } from '../open';
import { writeExportCsvZip } from './csv-stream';
import { exportAll, toJsonText } from './export';
import { writeExportJson } from './export-stream';

const [mode, database, destination] = process.argv.slice(2);
const NOW = new Date('2026-11-21T08:30:00.000Z');

async function run(): Promise<void> {
  if (!database || !destination) throw new Error('memory-child: a database and a destination are needed');
  const db = openDatabase(database);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const t0 = performance.now();
  let rows = 0;
  if (mode === 'json') rows = (await writeExportJson(db, { kind: 'all' }, destination, { now: NOW })).rows;
  else if (mode === 'csv') rows = (await writeExportCsvZip(db, { kind: 'all' }, destination, { now: NOW })).rows;
  else if (mode === 'whole') fs.writeFileSync(destination, toJsonText(exportAll(db)));
  else throw new Error(`memory-child: unknown mode ${mode ?? ''}`);
  const ms = performance.now() - t0;
  loop.disable();
  db.close();
  const result = {
    rows,
    ms,
    maxEventLoopDelayMs: loop.max / 1e6,
    peakRssBytes: process.resourceUsage().maxRSS * 1024, // maxRSS is in kibibytes
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

run().catch((error: unknown) => {
  process.stderr.write(`memory-child: ${error instanceof Error ? `${error.name}: ${error.message}` : 'failed'}\n`);
  process.exit(1);
});
