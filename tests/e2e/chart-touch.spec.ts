import type { ChartSnapshot } from '../../db/api/contract';
import { expect, test } from './fixtures';
import { ChartPage, pointIn } from './pages/chart-page';

test('on a touch screen, two fingers zoom without placing anything, a tap places a point, and a dragged point can be put back with undo', async ({
  page,
  knotbook,
}) => {
  const sessionId = await knotbook.newSession('Ravi', 'Menon');
  const marksOnServer = async () => {
    const r = await knotbook.call<ChartSnapshot>('chart.get', { sessionId: sessionId });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.marks.filter((m) => !m.deleted).map((m) => ({ x: m.x, y: m.y, muscle: m.muscle }));
  };
  await knotbook.open(`/sessions/${sessionId}`);
  const chart = new ChartPage(page);
  await expect(chart.tool('Active trigger point')).toHaveAttribute('aria-pressed', 'true');
  await chart.canvas.scrollIntoViewIfNeeded();
  const box = await chart.canvas.boundingBox();
  if (!box) throw new Error('The chart is not on screen.');

  // Two fingers spreading apart zoom in; the first finger down does not leave a point behind.
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const spread = (side: -1 | 1) =>
    Array.from({ length: 12 }, (_, i) => ({ x: centre.x + side * (30 + i * 10), y: centre.y }));
  await chart.touch([spread(-1), spread(1)]);
  await expect(page.getByLabel('Zoom level')).not.toHaveText('100%');
  await expect(page.getByText('No marks yet.')).toBeVisible();

  // Back to the whole body; one tap places an active point on the right upper trapezius.
  await page.getByRole('button', { name: 'Fit to window' }).click();
  await expect(page.getByLabel('Zoom level')).toHaveText('100%');
  const trap = pointIn('posterior', 'Upper trapezius', 'right');
  const tapAt = await chart.screen('posterior', trap);
  await chart.touch([[tapAt]]);
  await expect(chart.tab('Back')).toHaveAccessibleName('Back, 1 mark');
  await expect(chart.field('Muscle')).toHaveValue('Upper trapezius');
  await chart.expectSaved();
  const [placed] = await marksOnServer();
  expect(placed?.x).toBeCloseTo(trap.x, 2);
  expect(placed?.y).toBeCloseTo(trap.y, 2);

  // Dragged with the mouse in the select tool, it moves and is saved there;
  // undo puts it back where it was.
  await page.keyboard.press('v');
  await page.mouse.move(tapAt.x, tapAt.y);
  await page.mouse.down();
  await page.mouse.move(tapAt.x + 12, tapAt.y + 18, { steps: 6 });
  await page.mouse.up();
  await chart.expectSaved();
  await expect.poll(async () => (await marksOnServer())[0]?.y).toBeGreaterThan(trap.y + 0.005);
  await page.keyboard.press('Control+z');
  await chart.expectSaved();
  await expect.poll(async () => (await marksOnServer())[0]?.y).toBeCloseTo(trap.y, 4);
});
