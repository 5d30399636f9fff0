import { expect, test } from './fixtures';
import { ChartPage, triggerPointIn } from './pages/chart-page';

test('a printed chart shows the whole view with its marks and the legend, without the tools', async ({
  page,
  knotbook,
}) => {
  const sessionId = await knotbook.newSession('Ana', 'Silva');
  const mark = triggerPointIn('posterior', 'Upper trapezius', 'right');
  const trap = { x: mark.x, y: mark.y };
  await knotbook.value('chart.save', { sessionId, marks: [{ record: mark, baseVersion: 0 }], zones: [] });
  await knotbook.open(`/sessions/${sessionId}`);
  const chart = new ChartPage(page);
  await expect(chart.tab('Back')).toHaveAccessibleName('Back, 1 mark');
  await expect(chart.tool('Print chart')).toBeVisible();

  // What the print dialog does first (window.print() itself would open the dialog), then paper.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('toolbar', { name: 'Chart tools' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Legend' })).toBeVisible();
  const printed = page.locator('.chart-canvas__print');
  await expect(printed).toBeVisible();
  await expect(page.locator('.chart-canvas__caption')).toHaveText('Back');

  // The printed picture has the active point's red fill (#c62828) around where the mark is.
  const redPixels = await printed.evaluate((canvas: HTMLCanvasElement, p) => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    const [cx, cy] = [Math.round(p.x * canvas.width), Math.round(p.y * canvas.height)];
    const d = ctx.getImageData(cx - 80, cy - 80, 160, 160).data;
    let count = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, b] = [d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0];
      if (Math.abs(r - 198) < 25 && Math.abs(g - 40) < 25 && Math.abs(b - 40) < 25) count++;
    }
    return count;
  }, trap);
  // A mark prints about 14 px across at 4 pixels per point: hundreds of red pixels.
  expect(redPixels).toBeGreaterThan(200);
});
