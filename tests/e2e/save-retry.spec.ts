import type { ChartSnapshot } from '../../db/api/contract';
import { expect, test } from './fixtures';
import { ChartPage, pointIn } from './pages/chart-page';

const DISK_FULL = 'The disk is full, so this change was not saved. Free some space and try again.';

test('a point charted while the disk is full stays on the chart, says it is not saved, and is saved by itself once there is room', async ({
  page,
  knotbook,
}) => {
  const sessionId = await knotbook.newSession('Maya', 'Okafor');
  await knotbook.open(`/sessions/${sessionId}`);
  const chart = new ChartPage(page);

  // The server answers every chart save as it does when the disk is full (db/http/server.test.ts
  // shows that such a save changes nothing in the file).
  let full = true;
  await page.route('**/api/call', async (route) => {
    const body = route.request().postDataJSON() as { op: string };
    if (full && body.op === 'chart.save') {
      await route.fulfill({ json: { ok: false, error: { code: 'internal', message: DISK_FULL } } });
    } else await route.continue();
  });

  await chart.tool('Active trigger point').click();
  await chart.clickAt('posterior', pointIn('posterior', 'Upper trapezius', 'right'));
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: DISK_FULL })).toContainText('tries again by itself');
  await expect(chart.tab('Back')).toHaveAccessibleName('Back, 1 mark');

  full = false; // room again: the next try goes through, with no new edit
  await chart.expectSaved();
  const saved = await knotbook.value<ChartSnapshot>('chart.get', { sessionId });
  expect(saved.marks.map((m) => m.muscle)).toEqual(['Upper trapezius']);
});
