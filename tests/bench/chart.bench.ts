/**
 * Chart benchmark (`npm run bench`): a session with 1,000 marks and 100 referral zones, opened in
 * Chromium against the real serve process and database. Measures
 *  - pointer-down to the point drawn (next frame) and saved (the save acknowledged);
 *  - frame time while dragging a mark and while zooming with the wheel.
 * Chromium runs with frame-rate limiting and vsync off, so the time between two animation frames
 * is the work of that frame (event handling, React, Konva drawing), not the display's 16.7 ms tick.
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
    marks.push({
      id: uuidv7(),
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

/** Installs timing helpers in the page: frame recording and "drawn"/"saved" detection. */
async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__frames = (count: number, each: (i: number) => void) =>
      new Promise<number[]>((resolve) => {
        const times: number[] = [];
        let last = performance.now();
        let i = 0;
        const step = (now: number) => {
          if (i > 0) times.push(now - last);
          last = now;
          if (i === count) return resolve(times);
          each(i++);
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
  });
}

async function measurePlacing(page: Page, points: { x: number; y: number }[]) {
  const drawnMs: number[] = [];
  const savedMs: number[] = [];
  for (const p of points) {
    const result = await page.evaluate(
      ({ x, y }) =>
        new Promise<{ drawn: number; saved: number }>((resolve) => {
          const surface = document.querySelector('.chart-canvas .konvajs-content') as HTMLElement;
          const rows = () => document.querySelectorAll('.marks-table tbody tr').length;
          const status = document.querySelector('.save-status') as HTMLElement;
          const before = rows();
          let drawn = -1;
          const t0 = performance.now();
          const watch = () => {
            if (drawn < 0 && rows() > before) {
              // The frame after React's commit is the one Konva draws in.
              requestAnimationFrame(() => (drawn = performance.now() - t0));
            }
            if (drawn >= 0 && status.textContent === 'All changes saved' && saving) {
              return resolve({ drawn, saved: performance.now() - t0 });
            }
            requestAnimationFrame(watch);
          };
          let saving = false;
          const observer = new MutationObserver(() => {
            if (status.textContent === 'Saving…') saving = true;
            if (saving && drawn >= 0 && status.textContent === 'All changes saved') {
              observer.disconnect();
              resolve({ drawn, saved: performance.now() - t0 });
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
          const r = surface.getBoundingClientRect();
          const init = {
            clientX: r.left + x,
            clientY: r.top + y,
            pointerId: 1,
            bubbles: true,
            isPrimary: true,
            pointerType: 'mouse',
            button: 0,
            buttons: 1,
          };
          surface.dispatchEvent(new PointerEvent('pointerdown', init));
          surface.dispatchEvent(new PointerEvent('pointerup', { ...init, buttons: 0 }));
          watch();
        }),
      p,
    );
    drawnMs.push(result.drawn);
    savedMs.push(result.saved);
  }
  return { drawnMs, savedMs };
}

export async function runChartBench(options: { marks?: number; zones?: number } = {}): Promise<ChartBenchResult> {
  const marksCount = options.marks ?? 1000;
  const zonesCount = options.zones ?? 100;
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-bench-'));
  const serve = await startServe(path.join(dir, 'bench.sqlite'));
  const browser = await chromium.launch({
    executablePath,
    args: [...chromiumArgs, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
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
    await page.goto(`${serve.url}#/sessions/${session.value.id}`);
    await page.getByRole('table', { name: 'Marks on this chart' }).waitFor();
    await installProbes(page);
    const box = await page.locator('.chart-canvas .konvajs-content').boundingBox();
    if (!box) throw new Error('The chart canvas did not appear.');

    // Placing: 40 active trigger points at spots on the back, each measured alone.
    const next = random(7);
    const place: { x: number; y: number }[] = [];
    while (place.length < 40) {
      const x = 0.2 + next() * 0.6;
      const y = 0.2 + next() * 0.6;
      if (isOnBody('posterior', x, y)) place.push({ x, y });
    }
    const view = ARTWORK.posterior;
    const scale = Math.min((box.width - 32) / view.width, (box.height - 32) / view.height);
    const offX = (box.width - view.width * scale) / 2;
    const offY = (box.height - view.height * scale) / 2;
    const screen = (p: { x: number; y: number }) => ({
      x: offX + p.x * view.width * scale,
      y: offY + p.y * view.height * scale,
    });
    await page.getByRole('button', { name: 'Active trigger point' }).click();
    const placing = await measurePlacing(page, place.map(screen));

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

    return { marks: marksCount, zones: zonesCount, place: placing, dragFrameMs, zoomFrameMs };
  } finally {
    await browser.close();
    await serve.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
