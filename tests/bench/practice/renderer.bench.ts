/**
 * The renderer at practice size: the real UI in headless Chromium against the real `serve`
 * process on a copy of the cached practice database (so nothing it does changes the cache).
 *
 * - The whole-file integrity check that runs after opening: from starting serve until it ends
 *   (the measures below wait for it).
 * - Load to list usable: a fresh page load until the client table shows its first rows and the
 *   search box takes typing (`performance.now()` from the navigation's start), 10 times.
 * - Keystroke to filtered rows: typing each letter of several names into the search box, one
 *   letter every 150 ms; from the key event's own timestamp to the end of the first frame that
 *   shows the filtered rows (the frame's paint included: a message posted from that frame's
 *   animation-frame callback runs after it).
 * - Opening a client: a click on a row of the list until the client page shows the client's name
 *   and their sessions; then back to the list. 20 different clients.
 * - JS heap after opening those 20 clients (after a garbage collection, as DevTools counts it).
 * - A handout: a plan of six exercises and two points made for a new client in this practice,
 *   then its PDF, as the handout benchmark times it (ready page to PDF; open then PDF).
 * - Scrolling the whole list, 400 px a frame from top to bottom: the main-thread work of each
 *   frame, from its first scroll-event handler (or animation-frame callback) to the end of its
 *   paint, plus the render task React runs for it. Headless Chromium paces frames at 60 Hz, so
 *   the time between frames could never show work under 16.7 ms; this measures the work itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium, NO_BROWSER_MESSAGE } from '../../support/browser';
import { startServe } from '../../support/serve';
import { measureHandout, seedPlan } from '../handout.bench';
import { practiceDatabase, type PracticeSize } from './generate';

export interface RendererMeasures {
  clients: number;
  listReadyMs: number[];
  keystrokeMs: number[];
  openClientMs: number[];
  scrollFrameMs: number[];
  /** Rows the scroll went through (the whole list). */
  scrolledRows: number;
  heapMb: number;
  /** From starting serve until its background whole-file check said 'ok'. */
  backgroundCheckMs: number;
  /** A two-page handout made in this database: ready page to PDF, and open-then-PDF. */
  handoutPdfMs: number[];
  handoutOpenMs: number[];
  handoutPages: number;
}

const LOADS = 10;
export const CLIENTS_TO_OPEN = 20;
const SCROLL_STEP_PX = 400;

/** Probes installed before any page script runs: when the list is first usable, key timings. */
const PROBES = `
(() => {
  window.__name = (f) => f;
  const listReady = () => document.querySelector('table.client-table tbody tr[data-index]') && document.querySelector('#client-search');
  const observer = new MutationObserver(() => {
    if (window.__listReadyAt === undefined && listReady()) {
      window.__listReadyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();
`;

type ProbeWindow = Window & {
  __listReadyAt?: number;
  __keyTimes: number[];
  __keyMisses: number;
  __scrollFrames: (step: number) => Promise<{ frames: number[]; rows: number }>;
  __clientShown: (name: string) => Promise<number>;
  __pointerDownAt?: number;
};

/**
 * Times each key in the search box until the frame that shows its filtered rows has painted.
 * The list filters in the same task as the key (React renders a typed key at once), so: a
 * message after that task, then the next frame, then a message after that frame's paint.
 * `__keyMisses` counts keys whose rows changed only after that (none expected).
 */
async function armKeyProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    w.__keyTimes = [];
    w.__keyMisses = 0;
    const after = (work: () => void) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = work;
      channel.port2.postMessage(0);
    };
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        let painted = false;
        const observer = new MutationObserver(() => {
          if (painted) w.__keyMisses++;
          observer.disconnect();
        });
        observer.observe(document.querySelector('main') as HTMLElement, {
          childList: true,
          subtree: true,
          characterData: true,
        });
        after(() =>
          requestAnimationFrame(() =>
            after(() => {
              painted = true;
              w.__keyTimes.push(performance.now() - start);
              setTimeout(() => observer.disconnect(), 100);
            }),
          ),
        );
      },
      { capture: true },
    );
  });
}

async function installScrollProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    w.__scrollFrames = (step: number) =>
      new Promise((resolve) => {
        const main = document.querySelector('main') as HTMLElement;
        const frames: number[] = [];
        let frameStart = 0;
        // The first scroll handler of a frame is where that frame's work begins.
        main.addEventListener('scroll', () => {
          if (frameStart === 0) frameStart = performance.now();
        });
        const tick = () => {
          const start = frameStart || performance.now();
          frameStart = 0;
          const channel = new MessageChannel();
          // Runs after this frame's paint and after the render task React queued in it.
          channel.port1.onmessage = () => {
            setTimeout(() => {
              frames.push(performance.now() - start);
              if (main.scrollTop + main.clientHeight >= main.scrollHeight - 1) {
                resolve({ frames, rows: document.querySelectorAll('table.client-table tbody tr[data-index]').length });
                return;
              }
              main.scrollTop += step;
              requestAnimationFrame(tick);
            }, 0);
          };
          channel.port2.postMessage(0);
        };
        main.scrollTop = 0;
        requestAnimationFrame(tick);
      });
    // The client page is there: the client's name as its heading and their sessions listed.
    w.__clientShown = (name: string) =>
      new Promise((resolve) => {
        const shown = () =>
          document.querySelector('h1')?.textContent?.includes(name) &&
          document.querySelector('section[aria-labelledby="sessions-heading"] :is(table, .empty-state)');
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true });
      });
    document.addEventListener('pointerdown', (event) => (w.__pointerDownAt = event.timeStamp), { capture: true });
  });
}

export async function runPracticeRendererBench(
  size: PracticeSize,
  log: (line: string) => void,
): Promise<RendererMeasures> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  const cached = practiceDatabase(size, log);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-practice-ui-'));
  const file = path.join(dir, 'practice.sqlite');
  fs.copyFileSync(cached, file);
  const started = performance.now();
  const serve = await startServe(file, { extraArgs: ['--no-backup'] });
  // The whole-file check runs in the background after opening; timed here, and waited for so
  // that it does not share the two cores with the measures below.
  let integrity = 'checking';
  while (integrity === 'checking') {
    const info = await serve.call<{ integrity: string }>('app.info', {});
    integrity = info.ok ? info.value.integrity : 'unknown';
    if (integrity === 'checking') await new Promise((done) => setTimeout(done, 50));
  }
  const backgroundCheckMs = performance.now() - started;
  if (integrity !== 'ok') log(`bench: the background check of the database says "${integrity}".`);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => console.error(`bench: page error: ${e.message}`));
    await page.addInitScript({ content: PROBES });

    const listReadyMs: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      await page.goto('about:blank');
      await page.goto(serve.url.href);
      await page.waitForFunction(() => (window as unknown as ProbeWindow).__listReadyAt !== undefined);
      listReadyMs.push(await page.evaluate(() => (window as unknown as ProbeWindow).__listReadyAt as number));
    }
    const clients = await page.evaluate(() => Number(/(\d+) clients/.exec(document.body.textContent ?? '')?.[1] ?? 0));

    // Typing names into the search box, a letter at a time.
    await armKeyProbe(page);
    const search = page.getByRole('searchbox', { name: 'Search clients' });
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('table.client-table tbody tr[data-index] a')]
        .slice(0, 40)
        .filter((_, i) => i % 8 === 0)
        .map((a) => (a.textContent ?? '').split(',')[0]?.trim() ?? ''),
    );
    for (const name of names) {
      await search.fill('');
      await page.waitForTimeout(150);
      await search.pressSequentially(name.slice(0, 6), { delay: 150 });
      await page.waitForTimeout(150);
    }
    const keystrokeMs = await page.evaluate(() => (window as unknown as ProbeWindow).__keyTimes);
    const misses = await page.evaluate(() => (window as unknown as ProbeWindow).__keyMisses);
    if (misses > 0) log(`bench: ${misses} keystrokes changed the list only after the frame that was timed.`);
    await search.fill('');

    // Opening clients from the list, one after another.
    await installScrollProbe(page);
    const openClientMs: number[] = [];
    for (let i = 0; i < CLIENTS_TO_OPEN; i++) {
      const row = page.locator('table.client-table tbody tr[data-index]').nth(i % 15);
      const listed = ((await row.locator('a').textContent()) ?? '').trim();
      // Listed "Family, Given"; the client page's heading says "Given Family".
      const given = listed.includes(',') ? (listed.split(',')[1]?.trim() ?? listed) : listed;
      const shown = page.evaluate((name) => (window as unknown as ProbeWindow).__clientShown(name), given);
      await row.click({ position: { x: 400, y: 10 } });
      const shownAt = await shown;
      const downAt = await page.evaluate(() => (window as unknown as ProbeWindow).__pointerDownAt ?? 0);
      openClientMs.push(shownAt - downAt);
      await page.getByRole('link', { name: 'Back to client list' }).click();
      await page.locator('table.client-table tbody tr[data-index]').first().waitFor();
      await installScrollProbe(page);
    }

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const heapMb = heap.usedSize / 2 ** 20;

    const scroll = await page.evaluate(
      (step) => (window as unknown as ProbeWindow).__scrollFrames(step),
      SCROLL_STEP_PX,
    );
    const lastRow = await page.evaluate(() => {
      const rows = document.querySelectorAll('table.client-table tbody tr[data-index]');
      return Number(rows[rows.length - 1]?.getAttribute('data-index') ?? -1) + 1;
    });
    // A handout made in this practice (a new plan on a new client), then its PDF.
    const sessionId = await seedPlan((op, input) => serve.call(op, input));
    const handout = await measureHandout(page, serve.url, sessionId);
    return {
      backgroundCheckMs,
      handoutPdfMs: handout.pdfMs,
      handoutOpenMs: handout.openMs,
      handoutPages: handout.pages,
      clients,
      listReadyMs,
      keystrokeMs,
      openClientMs,
      scrollFrameMs: scroll.frames,
      scrolledRows: lastRow,
      heapMb,
    };
  } finally {
    await browser.close();
    await serve.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
