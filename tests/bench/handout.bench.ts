/**
 * Handout benchmark (`npm run bench`): a session with 2 charted points and a home-care plan of 6
 * exercises (two pages), its handout opened in Chromium against the real serve process and
 * database. Measures how long Chromium takes to turn the ready page into a PDF (`page.pdf()`,
 * the same print path as the desktop app's Export PDF), and checks the PDF has the two pages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import {
  UNRECORDED_FINDINGS,
  type ChartMark,
  type Exercise,
  type IllustrationId,
  type OpInput,
  type Side,
} from '../../db/api/contract';
import { ARTWORK } from '../../renderer/chart/artwork';
import { pointIn } from '../e2e/pages/chart-page';
import { pdfPageCount } from '../e2e/support/pdf';
import { chromiumArgs, findChromium, NO_BROWSER_MESSAGE } from '../support/browser';
import { startServe, type ServeProcess } from '../support/serve';

export interface HandoutBenchResult {
  exercises: number;
  points: number;
  /** Pages of the PDF (the plan is sized to make 2 on letter paper). */
  pages: number;
  pdfMs: number[];
  /** Opening the sheet and making the PDF, per run. */
  openMs: number[];
}

const RUNS = 10;

/**
 * Six exercises as a therapist might write them: a drawing, three steps, a caution, a dose. With
 * the two points and the next visit they fill two letter pages, with room for longer warning
 * signs (checked below).
 */
const EXERCISES: { name: string; illustration: IllustrationId }[] = [
  { name: 'Chin tuck', illustration: 'chin-tuck' },
  { name: 'Upper-trapezius side bend', illustration: 'upper-trap-side-bend' },
  { name: 'Levator stretch', illustration: 'levator-stretch' },
  { name: 'Ball against a wall', illustration: 'ball-wall' },
  { name: 'Foam roller under the neck', illustration: 'foam-roller-neck' },
  { name: 'Shoulder rolls', illustration: 'shoulder-rolls' },
];

type Call = ServeProcess['call'];

async function value<T>(call: Call, op: string, input: unknown): Promise<T> {
  const answer = await call<T>(op, input);
  if (!answer.ok) throw new Error(`${op}: ${answer.error.message}`);
  return answer.value;
}

function chartMark(muscle: string, side: Side): ChartMark {
  const id = uuidv7();
  return {
    ...UNRECORDED_FINDINGS,
    id,
    siteId: id,
    kind: 'trigger_point',
    activity: 'active',
    viewId: 'posterior',
    artworkVersion: ARTWORK.posterior.version,
    ...pointIn('posterior', muscle, side),
    muscle,
    side,
    parentMarkId: null,
    deleted: false,
  };
}

/** A client, a session with two trigger points, a plan of six exercises, those points and the next visit. */
export async function seedPlan(call: Call): Promise<string> {
  await value(call, 'settings.update', {
    practitioner: { name: 'Jo Park', credentials: 'RMT', registration: 'M-1234' },
    practice: { name: 'Harbour Massage', address: '12 Quay St', phone: '555 0100', email: 'hello@harbour.test' },
    paperSize: 'letter',
  });
  const client = await value<{ id: string }>(call, 'clients.create', { givenName: 'Bench', familyName: 'Client' });
  const session = await value<{ id: string }>(call, 'sessions.create', { clientId: client.id });
  const marks = [chartMark('Upper trapezius', 'right'), chartMark('Levator scapulae', 'left')];
  await value(call, 'chart.save', {
    sessionId: session.id,
    marks: marks.map((record) => ({ record, baseVersion: 0 })),
    zones: [],
  });
  const exercises: Exercise[] = [];
  for (const { name, illustration } of EXERCISES) {
    exercises.push(
      await value<Exercise>(call, 'exercises.create', {
        name,
        illustration,
        steps: [
          'Sit tall with your shoulders relaxed and your eyes level.',
          'Move slowly into the stretch until you feel a gentle pull, never pain.',
          'Hold it, breathing out, then come back slowly.',
        ],
        cautions: 'Stop if you feel numbness, tingling or dizziness.',
        holdSeconds: 30,
        repetitions: 3,
        timesPerDay: 2,
      } satisfies OpInput<'exercises.create'>),
    );
  }
  await value(call, 'homeCare.save', {
    sessionId: session.id,
    items: exercises.map((e) => ({
      exerciseId: e.id,
      holdSeconds: 30,
      repetitions: 3,
      sets: null,
      timesPerDay: 2,
      note: '',
    })),
    points: marks.map((m) => ({ markId: m.id, holdSeconds: 30, timesPerDay: 3 })),
    note: '',
    nextVisitAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
  } satisfies OpInput<'homeCare.save'>);
  return session.id;
}

/**
 * Times the handout of `sessionId` on `page`: the ready page to PDF, then the whole job from a
 * blank page (load the app, fetch the plan, paint the pictures, make the PDF), `RUNS` each.
 */
export async function measureHandout(
  page: Page,
  url: URL,
  sessionId: string,
): Promise<Pick<HandoutBenchResult, 'pages' | 'pdfMs' | 'openMs'>> {
  await page.goto(`${url.href}#/sessions/${sessionId}/handout`);
  // Ready: the sheet is there with its picture and drawings, every picture painted, fonts loaded.
  await page.getByRole('heading', { name: 'Your home care' }).waitFor();
  await page.getByRole('img', { name: /^Back, 2 points to press/ }).waitFor();
  await page.evaluate(async () => {
    window.dispatchEvent(new Event('beforeprint'));
    await document.fonts.ready;
  });
  await page.emulateMedia({ media: 'print' });

  const pdfMs: number[] = [];
  let pdf: Buffer | null = null;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    pdfMs.push(performance.now() - t0);
  }

  const openMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto('about:blank');
    const t0 = performance.now();
    await page.goto(`${url.href}#/sessions/${sessionId}/handout`);
    await page.getByRole('img', { name: /^Back, 2 points to press/ }).waitFor();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
    openMs.push(performance.now() - t0);
  }
  await page.emulateMedia({ media: 'screen' });
  const pages = pdf ? pdfPageCount(pdf) : 0;
  if (pages !== 2) console.warn(`bench: the handout PDF has ${pages} pages, not the 2 the plan is sized for.`);
  return { pages, pdfMs, openMs };
}

export async function runHandoutBench(): Promise<HandoutBenchResult> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-bench-'));
  const serve = await startServe(path.join(dir, 'bench.sqlite'), { extraArgs: ['--no-backup'] });
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const sessionId = await seedPlan((op, input) => serve.call(op, input));
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    // tsx keeps function names with an `__name` helper, which page.evaluate code carries along.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    page.on('pageerror', (e) => console.error(`bench: page error: ${e.message}`));
    return { exercises: EXERCISES.length, points: 2, ...(await measureHandout(page, serve.url, sessionId)) };
  } finally {
    await browser.close();
    await serve.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
