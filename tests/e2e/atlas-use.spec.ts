import type { ChartSnapshot } from '../../db/api/contract';
import { expect, test } from './fixtures';
import { ChartPage } from './pages/chart-page';

test('a therapist finds levator scapulae in the atlas, shows its pattern and uses it: a trigger point on the levator with its referral zone', async ({
  page,
  knotbook,
}) => {
  const sessionId = await knotbook.newSession('Maya', 'Okafor');
  await knotbook.open(`/sessions/${sessionId}`);
  const chart = new ChartPage(page);
  await page.getByText('Referral atlas').click();
  await page.getByRole('searchbox', { name: 'Find a muscle' }).fill('levator');
  const found = page.getByRole('list', { name: 'Muscles in the atlas' }).getByRole('listitem');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText('Levator scapulae');
  // Show: its pattern is drawn faintly over the chart, then taken away.
  await found.getByRole('button', { name: 'Show Levator scapulae, right' }).click();
  await expect(
    page.getByRole('img', {
      name: /^Atlas pattern of Levator scapulae, right: [1-9]\d* zones? and [1-9]\d* typical points? on this view$/,
    }),
  ).toBeVisible();
  // And on a second view: the head and neck, where its pattern goes on.
  const inset = page.getByRole('img', {
    name: /^Atlas pattern of Levator scapulae, right, on Head & neck, right side:/,
  });
  await expect(inset).toBeVisible();
  await page.getByRole('button', { name: 'Show the Head & neck, right side view' }).click();
  await expect(chart.tab('Head & neck, right side')).toHaveAttribute('aria-selected', 'true');
  await chart.tab('Back').click();
  await found.getByRole('button', { name: 'Show Levator scapulae, right' }).click();
  await expect(page.getByRole('img', { name: /^Atlas pattern of/ })).toHaveCount(0);
  await found.getByRole('button', { name: 'Use Levator scapulae, right' }).click();

  await expect(page.getByRole('heading', { name: 'Active trigger point, Levator scapulae (right)' })).toBeVisible();
  await chart.expectSaved();
  const saved = await knotbook.value<ChartSnapshot>('chart.get', { sessionId });
  expect(saved.marks).toMatchObject([
    { kind: 'trigger_point', activity: 'active', muscle: 'Levator scapulae', side: 'right' },
  ]);
  const [mark] = saved.marks;
  expect(saved.zones.length).toBeGreaterThan(0);
  expect(saved.zones.every((z) => z.markId === mark?.id)).toBe(true);
  expect(saved.zones.map((z) => z.pattern)).toContain('essential');
});
