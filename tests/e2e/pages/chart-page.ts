import { expect, type Locator, type Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import { UNRECORDED_FINDINGS, type ChartMark, type Side, type ViewId } from '../../../db/api/contract';
import { ARTWORK, muscleAt } from '../../../renderer/chart/artwork';
import { fit, toScreen } from '../../../renderer/chart/model/transform';

/** A point inside a muscle region of a view, normalised (found from the artwork itself). */
export function pointIn(viewId: ViewId, muscle: string, side: Side): { x: number; y: number } {
  const view = ARTWORK[viewId];
  const region = view.regions.find((r) => r.muscle === muscle && r.side === side);
  if (!region) throw new Error(`${viewId} has no ${side} ${muscle}`);
  const xs = region.points.map((p) => p[0] / view.width);
  const ys = region.points.map((p) => p[1] / view.height);
  const centre = { x: xs.reduce((a, b) => a + b) / xs.length, y: ys.reduce((a, b) => a + b) / ys.length };
  let best: { x: number; y: number; d: number } | undefined;
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (let i = 0; i <= 40; i++) {
    for (let j = 0; j <= 40; j++) {
      const x = x0 + ((x1 - x0) * i) / 40;
      const y = y0 + ((y1 - y0) * j) / 40;
      if (muscleAt(viewId, x, y)?.regionId !== region.id) continue;
      const d = Math.hypot(x - centre.x, y - centre.y);
      if (!best || d < best.d) best = { x, y, d };
    }
  }
  if (!best) throw new Error(`no point found inside ${region.id}`);
  return { x: best.x, y: best.y };
}

/**
 * A new active trigger point in the middle of a muscle region, as the chart would save it (its
 * own site, nothing recorded yet), for specs that set up a chart through the API.
 */
export function triggerPointIn(viewId: ViewId, muscle: string, side: Side, fields: Partial<ChartMark> = {}): ChartMark {
  const id = uuidv7();
  return {
    id,
    siteId: id,
    kind: 'trigger_point',
    activity: 'active',
    viewId,
    artworkVersion: ARTWORK[viewId].version,
    ...pointIn(viewId, muscle, side),
    muscle,
    side,
    parentMarkId: null,
    ...UNRECORDED_FINDINGS,
    deleted: false,
    ...fields,
  };
}

/** The body chart of a session page. */
export class ChartPage {
  readonly canvas: Locator;
  readonly table: Locator;
  readonly surface: Locator;
  readonly saved: Locator;
  readonly message: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.locator('.chart-canvas .konvajs-content');
    this.table = page.getByRole('table', { name: 'Marks on this chart' });
    this.surface = page.getByRole('application');
    this.saved = page
      .getByRole('region', { name: 'Body chart' })
      .getByRole('status')
      .filter({ hasText: 'All changes saved' });
    this.message = page.locator('.chart-statusbar__message');
  }

  tool(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  tab(label: string): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${label},`) });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  row(name: string | RegExp): Locator {
    return this.table.getByRole('row', { name });
  }

  /** Selects a mark from the table as a therapist does: a click on its kind, not in its fields. */
  async selectRow(name: string | RegExp): Promise<void> {
    await this.row(name).getByRole('cell').first().click();
  }

  /** Screen position of a normalised point of a view, as the chart fits it to its canvas. */
  async screen(viewId: ViewId, p: { x: number; y: number }): Promise<{ x: number; y: number }> {
    await this.canvas.scrollIntoViewIfNeeded();
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('The chart is not on screen.');
    const view = ARTWORK[viewId];
    const t = fit(view.width, view.height, Math.floor(box.width), Math.floor(box.height));
    const s = toScreen(t, p.x, p.y);
    return { x: box.x + s.x, y: box.y + s.y };
  }

  async clickAt(viewId: ViewId, p: { x: number; y: number }): Promise<void> {
    const s = await this.screen(viewId, p);
    await this.page.mouse.click(s.x, s.y);
  }

  /** Draws a freehand stroke through normalised points with the mouse button held down. */
  async stroke(viewId: ViewId, points: { x: number; y: number }[]): Promise<void> {
    const screens = await Promise.all(points.map((p) => this.screen(viewId, p)));
    const [first, ...rest] = screens;
    if (!first) return;
    await this.page.mouse.move(first.x, first.y);
    await this.page.mouse.down();
    for (const s of rest) await this.page.mouse.move(s.x, s.y, { steps: 6 });
    await this.page.mouse.up();
  }

  /**
   * Touches the screen with one finger per path, moving all of them step by step together, then
   * lifts them (Chromium's touch input, which the page sees as touch pointer events).
   */
  async touch(paths: { x: number; y: number }[][]): Promise<void> {
    const cdp = await this.page.context().newCDPSession(this.page);
    const at = (step: number) =>
      paths.map((path, id) => {
        const p = path[Math.min(step, path.length - 1)] as { x: number; y: number };
        return { x: p.x, y: p.y, id };
      });
    const steps = Math.max(...paths.map((path) => path.length));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let step = 1; step < steps; step++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  async expectSaved(): Promise<void> {
    await expect(this.saved).toBeVisible();
  }
}
