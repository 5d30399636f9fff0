import type { ChartSnapshot } from '../../db/api/contract';
import { expect, test } from './fixtures';
import { ChartPage } from './pages/chart-page';

/** A closed loop around the temple on the right side view of the head (normalised). */
function aroundTheTemple(): { x: number; y: number }[] {
  const loop = [];
  for (let i = 0; i <= 24; i++) {
    const a = (2 * Math.PI * i) / 24;
    loop.push({ x: 0.6 + 0.055 * Math.cos(a), y: 0.27 + 0.045 * Math.sin(a) });
  }
  return loop;
}

test('a therapist paints where the client hurts and the atlas names the muscles that may send pain there', async ({
  page,
  knotbook,
}) => {
  const sessionId = await knotbook.newSession('Ines', 'Carvalho');
  await knotbook.open(`/sessions/${sessionId}`);
  const chart = new ChartPage(page);
  await page.getByText('Referral atlas').click();
  await page.getByRole('radio', { name: 'Where it hurts' }).check();

  // Paint the temple on the right side of the head.
  await chart.tab('Head & neck, right side').click();
  await chart.stroke('head-neck-right', aroundTheTemple());
  await expect(page.getByRole('img', { name: 'Where it hurts, painted on Head & neck, right side' })).toBeVisible();
  const results = page.getByRole('list', { name: 'Muscles that may send pain there' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  const firstThree = (await results.getByRole('heading').allTextContents()).slice(0, 3);
  expect(firstThree).toContain('Upper trapezius (right)');
  expect(firstThree).toContain('Suboccipitals (right)');
  expect(firstThree.some((name) => name.startsWith('Sternocleidomastoid'))).toBe(true);

  // "Show" draws the muscle's pattern over the painted view.
  await results
    .filter({ hasText: 'Upper trapezius' })
    .getByRole('button', { name: 'Show Upper trapezius, right' })
    .click();
  await expect(
    page.getByRole('img', { name: /^Atlas pattern of Upper trapezius, right: [1-9]\d* zones? and/ }),
  ).toBeVisible();

  // A place from the list, without painting: the view it is on is shown, both sides answer.
  await page.getByRole('combobox', { name: 'Where it hurts' }).selectOption({ label: 'Between the shoulder blades' });
  await expect(chart.tab('Back')).toHaveAttribute('aria-selected', 'true');
  const names = await results.getByRole('heading').allTextContents();
  expect(names).toEqual(expect.arrayContaining(['Rhomboids (right)', 'Rhomboids (left)']));

  // Searching charts nothing.
  await page.getByRole('radio', { name: 'Muscle' }).check();
  await expect(page.getByRole('img', { name: /^Where it hurts/ })).toHaveCount(0);
  const saved = await knotbook.value<ChartSnapshot>('chart.get', { sessionId });
  expect(saved.marks).toEqual([]);
});
