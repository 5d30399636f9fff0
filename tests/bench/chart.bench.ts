/**
 * Chart benchmark (`npm run bench`): a session with 1,000 marks and 100 referral zones, opened in
 * Chromium against the real serve process and database. Measures
 *  - pointer-down to the point drawn (next frame) and saved (the save acknowledged);
 *  - frame time while dragging a mark and while zooming with the wheel.
 * Frame time is the main-thread work each input causes (see installProbes).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import type { ChartMark, ChartZone, ViewId } from '../../db/api/contract';
import { ARTWORK, isOnBody, muscleAt } from '../../renderer/chart/artwork';
import { chromiumArgs, findChromium, NO_BROWSER_MESSAGE } from '../support/browser';
import { startServe } from '../support/serve';

export interface ChartBenchResult {
  marks: number;
  zones: number;
  place: { drawnMs: number[]; savedMs: number[] };
  dragFrameMs: number[];
  zoomFrameMs: number[];
}

/** A deterministic pseudo-random sequence, so every run charts the same points. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648), s / 2147483648);
}

function pointOnBody(viewId: ViewId, next: () => number): [number, number] {
  for (;;) {
    const x = 0.05 + next() * 0.9;
    const y = 0.05 + next() * 0.9;
    if (isOnBody(viewId, x, y)) return [x, y];
  }
}

function seedChart(marksCount: number, zonesCount: number): { marks: ChartMark[]; zones: ChartZone[] } {
  const next = random(42);
  const views = Object.keys(ARTWORK) as ViewId[];
  const marks: ChartMark[] = [];
  for (let i = 0; i < marksCount; i++) {
    // Most on the back (the view measured), the rest spread over the other views.
    const viewId = i % 4 === 0 ? (views[i % views.length] as ViewId) : 'posterior';
    const [x, y] = pointOnBody(viewId, next);
    const hit = muscleAt(viewId, x, y);
    const id = uuidv7();
    marks.push({
      id,
      siteId: id,
      kind: 'trigger_point',
      activity: i % 3 === 0 ? 'latent' : 'active',
      viewId,
      artworkVersion: ARTWORK[viewId].version,
      x,
      y,
      muscle: hit?.muscle ?? null,
      side: hit?.side ?? null,
      parentMarkId: null,
      pressure: i % 11,
      pressureKgCm2: null,
      pptKgCm2: null,
      holdSeconds: 60,
      repetitions: 2,
      technique: 'ischemic_compression',
      tenderness: i % 11,
      tendernessAfter: (i + 3) % 11,
      jumpSign: null,
      twitchResponse: null,
      referredPainReproduced: null,
      referredPainWhere: '',
      release: 'partial',
      note: '',
      deleted: false,
    });
  }
  const zones: ChartZone[] = [];
  for (let i = 0; i < zonesCount; i++) {
    const owner = marks[i * 7] as ChartMark;
    const [cx, cy] = [owner.x, owner.y];
    const points: [number, number][] = Array.from({ length: 24 }, (_, k) => {
      const a = (k / 24) * Math.PI * 2;
      const r = 0.03 + 0.01 * Math.sin(a * 3);
      return [Math.min(Math.max(cx + r * Math.cos(a), 0), 1), Math.min(Math.max(cy - 0.04 + r * Math.sin(a), 0), 1)];
    });
    zones.push({
      id: uuidv7(),
      markId: owner.id,
      viewId: owner.viewId,
      artworkVersion: owner.artworkVersion,
      shape: 'freehand',
      points,
      pattern: i % 2 ? 'spillover' : 'essential',
      deleted: false,
    });
  }
  return { marks, zones };
}

/**
 * With BENCH_PROFILE=place or =zoom, records a CPU profile of that phase and prints the functions
 * that took the most time (build the renderer without minifying to read the names).
 */
async function profileIf(page: Page, phase: 'place' | 'zoom'): Promise<() => Promise<void>> {
  if (process.env.BENCH_PROFILE === `trace-${phase}`) return traceOf(page);
  if (process.env.BENCH_PROFILE !== phase) return async () => undefined;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: {
        nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
        samples: number[];
        timeDeltas: number[];
      };
    };
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byName = new Map<string, number>();
    for (const node of profile.nodes) {
      const frame = node.callFrame;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
      byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0) / 1000);
    }
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25);
    console.log(top.map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
  };
}

/**
 * With BENCH_PROFILE=trace-place or =trace-zoom, records a Chromium trace of that phase and prints
 * where the renderer's main thread spent its time (script, style, layout, paint, raster...).
 */
async function traceOf(page: Page): Promise<() => Promise<void>> {
  const browser = page.context().browser();
  if (!browser) return async () => undefined;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  return async () => {
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { data?: unknown } }[];
    };
    const main = trace.traceEvents.find(
      (e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain',
    );
    const byName = new Map<string, number>();
    for (const e of trace.traceEvents) {
      if (e.ph !== 'X' || !e.dur || !main || e.tid !== main.tid || e.pid !== main.pid) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    }
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30);
    console.log(top.map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
  };
}

/**
 * Installs the frame probe in the page: `__frames(n, each)` dispatches one input per frame and
 * measures the main-thread work that input causes: its event handlers, React's render (a task:
 * a message posted after the dispatch runs after it), and the animation-frame callbacks of the
 * next frame, where Konva draws (from the first of them, asked for before the input, to the
 * last). Headless Chromium paces frames at 60 Hz whatever the flags, so
 * the time between frames could never show work under 16.7 ms; this measures the work itself.
 */
async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__frames = (count: number, each: (i: number) => void) =>
      new Promise<number[]>((resolve) => {
        const work: number[] = [];
        let i = 0;
        const step = () => {
          // Asked first, so it runs first in the next frame: where that frame's work begins.
          let frameWorkStart = 0;
          requestAnimationFrame(() => (frameWorkStart = performance.now()));
          const t0 = performance.now();
          each(i);
          const t1 = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const t2 = performance.now();
            requestAnimationFrame(() => {
              work.push(t1 - t0 + (t2 - t1) + (performance.now() - frameWorkStart));
              if (++i < count) step();
              else resolve(work);
            });
          };
          channel.port2.postMessage(0);
        };
        requestAnimationFrame(step);
      });
  });
}

const PLACE_INTERVAL_MS = 250;
const PLACE_COUNT = 60;

/**
 * Arms the page to time the next pointer-down until the new mark is drawn and saved; the click
 * itself is real input from Playwright.
 *  - drawn: the main-thread work from the pointer event's own timestamp until the point is
 *    painted: the event's handlers with React's render (done when the event has bubbled back to
 *    the window), then the next frame's animation-frame callbacks, where Konva paints. The wait
 *    for the display's next refresh is not work and is not counted (headless Chromium paces
 *    frames at 60 Hz, so it would add 0-16.7 ms at random).
 *  - saved: wall-clock time from the same timestamp until the server's answer to the save
 *    request has arrived (the server answers after SQLite has committed the mark to disk).
 */
async function measurePlacing(page: Page, box: { x: number; y: number }, points: { x: number; y: number }[]) {
  const drawnMs: number[] = [];
  const savedMs: number[] = [];
  for (const p of points) {
    // A quarter of a second between points, quicker than anyone charts: each click finds the
    // page as a therapist's would, not still busy with the point placed a moment before.
    await page.waitForTimeout(PLACE_INTERVAL_MS);
    await page.evaluate(() => {
      const w = window as unknown as { __placed?: Promise<{ drawn: number; saved: number }> };
      w.__placed = new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error('a placed point was not drawn and saved within 5 s')), 5000);
        // The selected view tab says how many marks the view has ("Front, 38 marks").
        const rows = () =>
          Number(
            /, (\d+) marks?/.exec(
              document.querySelector('[role="tab"][aria-selected="true"]')?.getAttribute('aria-label') ?? '',
            )?.[1] ?? 0,
          );
        const before = rows();
        let t0 = 0;
        let frameWorkStart = 0;
        let drawn = -1;
        let saved = -1;
        const finish = () => {
          if (drawn < 0 || saved < 0) return;
          observer.disconnect();
          resolve({ drawn, saved });
        };
        const observer = new PerformanceObserver((list) => {
          const answer = list.getEntries().find((e) => e.name.includes('/api/call') && e.startTime >= t0 && t0 > 0) as
            PerformanceResourceTiming | undefined;
          if (answer && saved < 0) {
            saved = answer.responseEnd - t0;
            finish();
          }
        });
        observer.observe({ type: 'resource' });
        window.addEventListener(
          'pointerdown',
          (event) => {
            t0 = event.timeStamp;
            // Asked before the chart's own request, so it runs first in the next frame.
            requestAnimationFrame(() => (frameWorkStart = performance.now()));
          },
          { once: true, capture: true },
        );
        // Bubbling back to the window: every handler of the event and React's render are done.
        window.addEventListener(
          'pointerdown',
          () => {
            const handled = performance.now() - t0;
            if (rows() <= before) return reject(new Error('the click did not add a mark'));
            requestAnimationFrame(() => {
              drawn = handled + (performance.now() - frameWorkStart);
              finish();
            });
          },
          { once: true },
        );
      });
    });
    await page.mouse.click(box.x + p.x, box.y + p.y);
    const result = await page
      .evaluate(() => (window as unknown as { __placed: Promise<{ drawn: number; saved: number }> }).__placed)
      .catch(async (error: unknown) => {
        const shot = path.join(os.tmpdir(), 'knotbook-bench-failure.png');
        await page.screenshot({ path: shot });
        const said = `${await page.locator('.chart-statusbar').textContent()}; point ${Math.round(p.x)},${Math.round(p.y)} in box ${JSON.stringify(box)}; placed ${drawnMs.length}`;
        throw new Error(`${(error as Error).message} (status: "${said}"; screenshot: ${shot})`);
      });
    drawnMs.push(result.drawn);
    // Drawn and saved: the later of the two (they run side by side).
    savedMs.push(Math.max(result.drawn, result.saved));
  }
  return { drawnMs, savedMs };
}

export async function runChartBench(options: { marks?: number; zones?: number } = {}): Promise<ChartBenchResult> {
  const marksCount = options.marks ?? 1000;
  const zonesCount = options.zones ?? 100;
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-bench-'));
  const serve = await startServe(path.join(dir, 'bench.sqlite'), { extraArgs: ['--no-backup'] });
  const browser = await chromium.launch({
    executablePath,
    args: chromiumArgs,
  });
  try {
    const client = await serve.call<{ id: string }>('clients.create', { givenName: 'Bench', familyName: 'Client' });
    if (!client.ok) throw new Error(client.error.message);
    const session = await serve.call<{ id: string }>('sessions.create', { clientId: client.value.id });
    if (!session.ok) throw new Error(session.error.message);
    const { marks, zones } = seedChart(marksCount, zonesCount);
    const saved = await serve.call('chart.save', {
      sessionId: session.value.id,
      marks: marks.map((record) => ({ record, baseVersion: 0 })),
      zones: zones.map((record) => ({ record, baseVersion: 0 })),
    });
    if (!saved.ok) throw new Error(saved.error.message);

    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    // tsx keeps function names with an `__name` helper, which page.evaluate code carries along.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    page.on('crash', () => console.error('bench: the Chromium page crashed'));
    page.on('pageerror', (e) => console.error(`bench: page error: ${e.message}`));
    await page.goto(`${serve.url}#/sessions/${session.value.id}`);
    await page.getByRole('table', { name: 'Marks on this chart' }).waitFor();
    await installProbes(page);
    const canvasBox = async () => {
      await page.locator('.chart-canvas').evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
      });
      const found = await page.locator('.chart-canvas .konvajs-content').boundingBox();
      if (!found) throw new Error('The chart canvas did not appear.');
      return found;
    };
    const box = await canvasBox();

    // Placing: PLACE_COUNT active trigger points on the front (a view with few marks, so a click
    // lands on bare skin rather than selecting an existing mark), each measured alone.
    const fitOf = (viewId: ViewId) => {
      const view = ARTWORK[viewId];
      const scale = Math.min((box.width - 32) / view.width, (box.height - 32) / view.height);
      const offX = (box.width - view.width * scale) / 2;
      const offY = (box.height - view.height * scale) / 2;
      return (p: { x: number; y: number }) => ({
        x: offX + p.x * view.width * scale,
        y: offY + p.y * view.height * scale,
      });
    };
    const front = fitOf('anterior');
    const taken = marks.filter((m) => m.viewId === 'anterior').map(front);
    const next = random(7);
    const onBody: { x: number; y: number }[] = [];
    for (let tries = 0; onBody.length < PLACE_COUNT; tries++) {
      if (tries > 100_000) throw new Error(`The front view has no room for ${PLACE_COUNT} separate points.`);
      const [x, y] = pointOnBody('anterior', next);
      const p = front({ x, y });
      if (!taken.every((t) => Math.hypot(t.x - p.x, t.y - p.y) > 20)) continue;
      taken.push(p);
      onBody.push(p);
    }
    await page.getByRole('tab', { name: /^Front,/ }).click();
    await page.getByRole('tab', { name: /^Front,/, selected: true }).waitFor();
    await page.getByRole('button', { name: 'Active trigger point', exact: true }).click();
    const stopPlaceProfile = await profileIf(page, 'place');
    const placing = await measurePlacing(page, await canvasBox(), onBody);
    await stopPlaceProfile();

    const screen = fitOf('posterior');
    await page.getByRole('tab', { name: /^Back,/ }).click();
    await canvasBox();

    // Dragging the first mark of the back for 120 frames.
    await page.getByRole('button', { name: 'Select and move' }).click();
    const target = screen(marks.find((m) => m.viewId === 'posterior') as ChartMark);
    const dragFrameMs = await page.evaluate(({ x, y }) => {
      const surface = document.querySelector('.chart-canvas .konvajs-content') as HTMLElement;
      const r = surface.getBoundingClientRect();
      const at = (dx: number, dy: number, buttons: number) => ({
        clientX: r.left + x + dx,
        clientY: r.top + y + dy,
        pointerId: 1,
        bubbles: true,
        isPrimary: true,
        pointerType: 'mouse',
        button: 0,
        buttons,
      });
      surface.dispatchEvent(new PointerEvent('pointerdown', at(0, 0, 1)));
      const frames = (window as unknown as { __frames: (n: number, f: (i: number) => void) => Promise<number[]> })
        .__frames;
      return frames(120, (i) => {
        const e = at(Math.sin(i / 10) * 40, i * 0.3, 1);
        window.dispatchEvent(new PointerEvent('pointermove', e));
        surface.dispatchEvent(new PointerEvent('pointermove', e));
      }).then((times) => {
        window.dispatchEvent(new PointerEvent('pointerup', at(0, 0, 0)));
        return times;
      });
    }, target);

    const stopZoomProfile = await profileIf(page, 'zoom');
    // Zooming with the wheel for 120 frames.
    const zoomFrameMs = await page.evaluate(({ x, y }) => {
      const surface = document.querySelector('.chart-canvas .konvajs-content') as HTMLElement;
      const r = surface.getBoundingClientRect();
      const frames = (window as unknown as { __frames: (n: number, f: (i: number) => void) => Promise<number[]> })
        .__frames;
      return frames(120, (i) =>
        surface.dispatchEvent(
          new WheelEvent('wheel', {
            clientX: r.left + x,
            clientY: r.top + y,
            deltaY: i < 60 ? -40 : 40,
            bubbles: true,
            cancelable: true,
          }),
        ),
      );
    }, target);

    await stopZoomProfile();
    return { marks: marksCount, zones: zonesCount, place: placing, dragFrameMs, zoomFrameMs };
  } finally {
    await browser.close();
    await serve.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
