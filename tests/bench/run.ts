/**
 * `npm run bench`: Knotbook's speed targets, measured and written down (never checked by timed
 * tests). Builds the renderer, runs each benchmark, prints a table and writes it into
 * docs/PERFORMANCE.md between its bench markers. `--no-write` leaves the document alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format as formatDay } from 'date-fns';
import { format, resolveConfig } from 'prettier';
import { buildRenderer } from '../../scripts/build';
import { repoRoot } from '../../scripts/run';
import { runAtlasBench } from './atlas.bench';
import { runChartBench } from './chart.bench';
import { runHandoutBench } from './handout.bench';
import { runPracticeApiBench } from './practice/api.bench';
import { runPracticeExportBench } from './practice/export.bench';
import { practiceDatabase, SIZES } from './practice/generate';
import { CLIENTS_TO_OPEN, runPracticeRendererBench } from './practice/renderer.bench';
import { runProgressBench } from './progress.bench';

/** The chart's target: p95 under one frame. */
const FRAME_MS = 16;
/** The handout's target: the PDF made in under a second. */
const HANDOUT_PDF_MS = 1000;
/** Practice scale, in the browser: list usable, keystroke to rows, a frame, the heap; opening a client (ours). */
const LIST_READY_MS = 1000;
const KEYSTROKE_MS = 50;
const OPEN_CLIENT_MS = 100;
const HEAP_MB = 300;
/** Practice scale: "Export everything" (JSON, CSV) in under 3 minutes with the process under 500 MB resident. */
const EXPORT_MS = 180_000;
const EXPORT_RSS_MB = 500;
/** Progress: the view's data in under 50 ms, and within 1.5 times one raw SQL query. */
const PROGRESS_MS = 50;
const PROGRESS_RATIO = 1.5;

/** The atlas's symptom search: the ranked list within one frame of lifting the pen. */
const ATLAS_RANK_MS = 16;

/** `npm run bench -- --only progress` runs just that one (chart, handout, progress, atlas, practice). */
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
const wanted = (name: string) => only === undefined || only === name;
/** `--size small` for the practice bench's quick run (under a minute); the clinic size otherwise. */
const sizeIndex = process.argv.indexOf('--size');
const practiceSize = SIZES[process.argv[sizeIndex + 1] === 'small' && sizeIndex >= 0 ? 'small' : 'clinic'];
const tables: { bench: string; heading: string; table: string }[] = [];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function row(name: string, values: number[], targetMs: number | null): string {
  const p95 = percentile(values, 95);
  const verdict = targetMs === null ? 'reference' : p95 < targetMs ? 'met' : '**missed**';
  return `| ${name} | ${values.length} | ${percentile(values, 50).toFixed(1)} | ${p95.toFixed(1)} | ${Math.max(...values).toFixed(1)} | ${verdict} |`;
}

const HEADER = ['| Measure (ms) | samples | p50 | p95 | max | target |', '| --- | --- | --- | --- | --- | --- |'];

if (wanted('chart') || wanted('handout') || wanted('practice')) await buildRenderer();
const machine = `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`;
const today = formatDay(new Date(), 'yyyy-MM-dd'); // the local day of the run

if (wanted('chart')) {
  const chart = await runChartBench();
  const chartTable = [
    `Chart with ${chart.marks} marks and ${chart.zones} referral zones, in Chromium against the real serve process and database (${machine}; ${today}). Target: p95 under ${FRAME_MS} ms for each.`,
    '',
    ...HEADER,
    row('Pointer-down to point drawn', chart.place.drawnMs, FRAME_MS),
    row('Pointer-down to point drawn and saved', chart.place.savedMs, FRAME_MS),
    row('Frame time while dragging a mark', chart.dragFrameMs, FRAME_MS),
    row('Frame time while zooming', chart.zoomFrameMs, FRAME_MS),
  ].join('\n');
  console.log(chartTable);
  tables.push({ bench: 'chart', heading: 'Body chart', table: chartTable });
}

if (wanted('handout')) {
  const handout = await runHandoutBench();
  const handoutTable = [
    `Handout of ${handout.exercises} exercises and ${handout.points} points to press, a PDF of ${handout.pages} page${handout.pages === 1 ? '' : 's'}${handout.pages === 2 ? '' : ' (**expected 2**)'}, in Chromium against the real serve process and database (${machine}; ${today}). Target: p95 under ${HANDOUT_PDF_MS / 1000} s.`,
    '',
    ...HEADER,
    row('Ready page to PDF (`page.pdf()`)', handout.pdfMs, HANDOUT_PDF_MS),
    row('Open the sheet, then PDF (load, data, pictures, `page.pdf()`)', handout.openMs, HANDOUT_PDF_MS),
  ].join('\n');
  console.log(handoutTable);
  tables.push({ bench: 'handout', heading: 'Home-care handout', table: handoutTable });
}

if (wanted('atlas')) {
  const atlas = runAtlasBench();
  const atlasTable = [
    `Symptom search over the whole atlas, in Node (${machine}; ${today}): the ${atlas.places} named places and ${atlas.strokes} painted loops of 300 points on every view, each ranked 20 times. Target: p95 under ${ATLAS_RANK_MS} ms.`,
    '',
    ...HEADER,
    row('Rank a named place', atlas.placeMs, ATLAS_RANK_MS),
    row('Rank a painted area', atlas.strokeMs, ATLAS_RANK_MS),
  ].join('\n');
  console.log(atlasTable);
  tables.push({ bench: 'atlas', heading: 'Referral atlas', table: atlasTable });
}

if (wanted('progress')) {
  const progress = runProgressBench();
  const ratio = percentile(progress.apiMs, 50) / percentile(progress.rawMs, 50);
  const progressTable = [
    `A client with ${progress.visits} visits of ${progress.points} points each, in Node against a real database file (${machine}; ${today}). Targets: p95 under ${PROGRESS_MS} ms, and within ${PROGRESS_RATIO} times one hand-written SQL query reading the same rows on raw better-sqlite3, measured in the same run.`,
    '',
    ...HEADER,
    row('`progress.get` through the API (dispatch)', progress.apiMs, PROGRESS_MS),
    row('One raw SQL query, the same rows (`.all()`)', progress.rawMs, null),
    '',
    `API time over raw query time at the median: ${ratio.toFixed(2)} (target at most ${PROGRESS_RATIO}: ${ratio <= PROGRESS_RATIO ? 'met' : '**missed**'}).`,
  ].join('\n');
  console.log(progressTable);
  tables.push({ bench: 'progress', heading: 'Progress at practice scale', table: progressTable });
}

if (wanted('practice')) {
  const measures = runPracticeApiBench(practiceSize, (line) => console.log(line));
  const fileBytes = fs.statSync(practiceDatabase(practiceSize)).size;
  const rows = measures.map((m) => {
    const api50 = percentile(m.apiMs, 50);
    const floor50 = percentile(m.floorMs, 50);
    const ratio = api50 / floor50;
    const p95 = percentile(m.apiMs, 95);
    return `| ${m.name} | ${api50.toFixed(2)} | ${p95.toFixed(2)} | ${m.targetMs} | ${p95 < m.targetMs ? 'met' : '**missed**'} | ${floor50.toFixed(2)} | ${ratio.toFixed(2)} | ${ratio <= 1.5 ? 'met' : '**missed**'} |`;
  });
  const practiceTable = [
    `Practice database "${practiceSize.name}" (${practiceSize.clients} clients, ${practiceSize.sessions} sessions, ${practiceSize.sessions * practiceSize.marksPerSession} marks), through the API's dispatch in Node, beside hand-written SQL on raw better-sqlite3 (the floor) in the same run (${machine}; ${today}).`,
    '',
    '| Operation | API p50 (ms) | API p95 (ms) | target p95 | | floor p50 (ms) | API / floor | target 1.5 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `The database file is ${(fileBytes / 1e9).toFixed(2)} GB (target under 2 GB at the clinic size: ${fileBytes < 2e9 ? 'met' : '**missed**'}).`,
  ].join('\n');
  const exports = await runPracticeExportBench(practiceSize, (line) => console.log(line));
  const exportTable = [
    `"Export everything" on the same database, each in its own Node process on a copy of the file (the export streams: rows read one by one from a read-only connection, written 256 KB at a time). Targets: under ${EXPORT_MS / 60_000} minutes, peak resident memory under ${EXPORT_RSS_MB} MB. "Longest wait" is the longest the event loop was held, so the longest any other call would have waited meanwhile.`,
    '',
    '| Export | rows | file (MB) | time (s) | target | peak resident (MB) | target | longest wait (ms) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...exports.map((e) => {
      const rssMb = e.peakRssBytes / 2 ** 20;
      return `| ${e.name} | ${e.rows} | ${(e.fileBytes / 2 ** 20).toFixed(0)} | ${(e.ms / 1000).toFixed(1)} | ${e.ms < EXPORT_MS ? 'met' : '**missed**'} | ${rssMb.toFixed(0)} | ${rssMb < EXPORT_RSS_MB ? 'met' : '**missed**'} | ${e.maxEventLoopDelayMs.toFixed(0)} |`;
    }),
  ].join('\n');
  const ui = await runPracticeRendererBench(practiceSize, (line) => console.log(line));
  const heapVerdict = ui.heapMb < HEAP_MB ? 'met' : '**missed**';
  const rendererTable = [
    `The same database in Chromium against the real serve process (${ui.clients} clients in the list).`,
    '',
    ...HEADER,
    row('Page load to client list usable', ui.listReadyMs, LIST_READY_MS),
    row('Keystroke in the search box to filtered rows painted', ui.keystrokeMs, KEYSTROKE_MS),
    row('Click on a client to their page (name and sessions shown)', ui.openClientMs, OPEN_CLIENT_MS),
    row(`Frame work while scrolling the whole list (${ui.scrolledRows} rows)`, ui.scrollFrameMs, FRAME_MS),
    row('Handout: ready page to PDF', ui.handoutPdfMs, HANDOUT_PDF_MS),
    row('Handout: open the sheet, then PDF', ui.handoutOpenMs, HANDOUT_PDF_MS),
    '',
    `The whole-file check after opening (in a worker; the app answers meanwhile) ended ${(ui.backgroundCheckMs / 1000).toFixed(1)} s after serve was started. JS heap after opening ${CLIENTS_TO_OPEN} clients: ${ui.heapMb.toFixed(1)} MB (target under ${HEAP_MB} MB: ${heapVerdict}). The handout PDF has ${ui.handoutPages} pages${ui.handoutPages === 2 ? '' : ' (**expected 2**)'}.`,
  ].join('\n');
  const both = `${practiceTable}\n\n${exportTable}\n\n${rendererTable}`;
  console.log(both);
  if (practiceSize.name === 'clinic') tables.push({ bench: 'practice', heading: 'Practice scale', table: both });
  if (!process.argv.includes('--no-write')) {
    const dir = path.join(repoRoot, 'bench', 'results');
    fs.mkdirSync(dir, { recursive: true });
    const out = path.join(dir, `${today}-${practiceSize.name}.json`);
    fs.writeFileSync(
      out,
      `${JSON.stringify({ machine, date: today, size: practiceSize, measures, exports, renderer: ui }, null, 2)}\n`,
    );
    console.log(`Written to ${path.relative(repoRoot, out)}.`);
  }
}

/** Puts `table` between the bench's markers, or appends it under `heading` the first time. */
function withTable(text: string, bench: string, heading: string, table: string): string {
  const start = `<!-- bench:${bench}:start -->`;
  const end = `<!-- bench:${bench}:end -->`;
  const block = `${start}\n${table}\n${end}`;
  return text.includes(start)
    ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => block)
    : `${text.trimEnd()}\n\n## ${heading}\n\n${block}\n`;
}

if (!process.argv.includes('--no-write')) {
  const doc = path.join(repoRoot, 'docs', 'PERFORMANCE.md');
  let text = fs.readFileSync(doc, 'utf8');
  for (const { bench, heading, table } of tables) text = withTable(text, bench, heading, table);
  // Written as Prettier would, so `npm run lint` stays clean after a bench run.
  fs.writeFileSync(doc, await format(text, { ...(await resolveConfig(doc)), filepath: doc }));
  console.log('Written to docs/PERFORMANCE.md.');
}
