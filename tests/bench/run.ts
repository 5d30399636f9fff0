/**
 * `npm run bench`: Knotbook's speed targets, measured and written down (never checked by timed
 * tests). Builds the renderer, runs each benchmark, prints a table and writes it into
 * docs/PERFORMANCE.md between its bench markers. `--no-write` leaves the document alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { buildRenderer } from '../../scripts/build';
import { repoRoot } from '../../scripts/run';
import { runChartBench } from './chart.bench';

const TARGET_MS = 16;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function row(name: string, values: number[]): string {
  const p95 = percentile(values, 95);
  const verdict = p95 < TARGET_MS ? 'met' : '**missed**';
  return `| ${name} | ${values.length} | ${percentile(values, 50).toFixed(1)} | ${p95.toFixed(1)} | ${Math.max(...values).toFixed(1)} | ${verdict} |`;
}

await buildRenderer();
const chart = await runChartBench();
const machine = `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`;
const table = [
  `Chart with ${chart.marks} marks and ${chart.zones} referral zones, in Chromium against the real serve process and database (${machine}; ${new Date().toISOString().slice(0, 10)}). Target: p95 under ${TARGET_MS} ms for each.`,
  '',
  '| Measure (ms) | samples | p50 | p95 | max | target |',
  '| --- | --- | --- | --- | --- | --- |',
  row('Pointer-down to point drawn', chart.place.drawnMs),
  row('Pointer-down to point drawn and saved', chart.place.savedMs),
  row('Frame time while dragging a mark', chart.dragFrameMs),
  row('Frame time while zooming', chart.zoomFrameMs),
].join('\n');
console.log(table);

if (!process.argv.includes('--no-write')) {
  const doc = path.join(repoRoot, 'docs', 'PERFORMANCE.md');
  const text = fs.readFileSync(doc, 'utf8');
  const start = '<!-- bench:chart:start -->';
  const end = '<!-- bench:chart:end -->';
  const block = `${start}\n${table}\n${end}`;
  const next = text.includes(start)
    ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block)
    : `${text.trimEnd()}\n\n## Body chart\n\n${block}\n`;
  // Written as Prettier would, so `npm run lint` stays clean after a bench run.
  fs.writeFileSync(doc, await format(next, { ...(await resolveConfig(doc)), filepath: doc }));
  console.log('Written to docs/PERFORMANCE.md.');
}
