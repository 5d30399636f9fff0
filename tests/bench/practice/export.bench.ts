/**
 * "Export everything" at practice size, as JSON and as CSV in a zip: each export runs in its own
 * Node process (db/export/memory-child.ts) on a copy of the cached practice database, so its
 * peak resident memory is the export's alone. Also says how long the event loop was held at
 * most, which is how long any other call would have waited meanwhile.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../../scripts/run';
import type { PracticeSize } from './generate';
import { practiceDatabase } from './generate';

export interface ExportMeasure {
  name: string;
  rows: number;
  ms: number;
  maxEventLoopDelayMs: number;
  peakRssBytes: number;
  fileBytes: number;
}

const run = promisify(execFile);

export async function runPracticeExportBench(
  size: PracticeSize,
  log: (line: string) => void,
): Promise<ExportMeasure[]> {
  const cached = practiceDatabase(size, log);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-practice-export-'));
  const database = path.join(dir, 'practice.sqlite');
  fs.copyFileSync(cached, database);
  const measures: ExportMeasure[] = [];
  try {
    for (const [mode, name, fileName] of [
      ['json', 'Export everything as JSON', 'everything.json'],
      ['csv', 'Export everything as CSV (zip)', 'everything.csv.zip'],
    ] as const) {
      log(`bench: ${name.toLowerCase()}…`);
      const destination = path.join(dir, fileName);
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', 'db/export/memory-child.ts', mode, database, destination],
        { cwd: repoRoot, maxBuffer: 1024 * 1024 },
      );
      const result = JSON.parse(stdout) as Omit<ExportMeasure, 'name' | 'fileBytes'>;
      measures.push({ name, ...result, fileBytes: fs.statSync(destination).size });
      fs.rmSync(destination);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return measures;
}
