import type { ChartSnapshot } from '../../db/api/contract';
import { expect, test } from './fixtures';
import { ChartPage, pointIn } from './pages/chart-page';

test('a therapist charts a trigger point with a satellite and a referral zone, and it survives a reload', async ({
  page,
  knotbook,
}) => {
  const sessionId = await knotbook.newSession('Maya', 'Okafor');
  const chartOnServer = async () => {
    const r = await knotbook.call<ChartSnapshot>('chart.get', { sessionId: sessionId });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  await knotbook.open(`/sessions/${sessionId}`);
  const chart = new ChartPage(page);
  const primaryName = 'Active trigger point, Upper trapezius (right)';

  // An active trigger point on the right upper trapezius: the muscle is named as the pointer
  // moves over it, and filled in when the point is placed.
  await expect(chart.tab('Back')).toHaveAttribute('aria-selected', 'true');
  await chart.tool('Active trigger point').click();
  const trap = pointIn('posterior', 'Upper trapezius', 'right');
  const trapOnScreen = await chart.screen('posterior', trap);
  await page.mouse.move(trapOnScreen.x, trapOnScreen.y);
  await expect(page.getByTestId('hover-muscle')).toHaveText('Upper trapezius (right)');
  await chart.clickAt('posterior', trap);
  await expect(page.getByRole('heading', { name: primaryName })).toBeVisible();
  await expect(chart.field('Muscle')).toHaveValue('Upper trapezius');
  await expect(chart.field('Side')).toHaveValue('right');
  await expect(chart.tab('Back')).toHaveAccessibleName('Back, 1 mark');

  // A satellite, placed with the primary selected: linked to it.
  await page.keyboard.press('s');
  await expect(chart.tool('Satellite')).toHaveAttribute('aria-pressed', 'true');
  await chart.clickAt('posterior', pointIn('posterior', 'Levator scapulae', 'right'));
  await expect(page.getByRole('heading', { name: 'Satellite, Levator scapulae (right)' })).toBeVisible();
  await expect(chart.field('Primary trigger point')).toHaveValue(/.+/);
  await expect(chart.table.locator('tbody tr')).toHaveCount(2);

  // An essential referral zone up the side of the neck toward the temple, on the side view.
  await chart.selectRow(primaryName);
  await page.keyboard.press('z');
  await page.getByRole('button', { name: 'Essential', exact: true }).click();
  await chart.tab('Right side').click();
  const neck = pointIn('right-lateral', 'Upper trapezius', 'right');
  const head = pointIn('right-lateral', 'Splenius capitis', 'right');
  await chart.stroke('right-lateral', [
    neck,
    head,
    { x: head.x + 0.02, y: head.y - 0.04 },
    { x: head.x + 0.05, y: head.y - 0.06 },
    { x: neck.x + 0.03, y: neck.y - 0.01 },
  ]);
  await chart.expectSaved();
  await expect
    .poll(async () => (await chartOnServer()).zones.map((z) => [z.pattern, z.viewId]))
    .toEqual([['essential', 'right-lateral']]);

  // Pressure 7 and tenderness 8 → 3, from the keyboard.
  await chart.tab('Back').click();
  await chart.selectRow(primaryName);
  await chart.field('Pressure (discomfort 0-10)').focus();
  await page.keyboard.type('7');
  await chart.field('Tenderness before (0-10)').focus();
  await page.keyboard.type('8');
  await page.keyboard.press('Tab');
  await expect(chart.field('Tenderness after (0-10)')).toBeFocused();
  await page.keyboard.type('3');
  await expect(chart.row(primaryName).getByRole('textbox', { name: /Pressure/ })).toHaveValue('7');
  await chart.expectSaved();

  // Undo takes back the last edit; redo brings it back.
  await chart.surface.focus();
  await page.keyboard.press('Control+z');
  await expect(chart.field('Tenderness after (0-10)')).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(chart.field('Tenderness after (0-10)')).toHaveValue('3');
  await chart.expectSaved();
  const before = await chartOnServer();
  expect(before.marks).toHaveLength(2);
  expect(before.marks.find((m) => m.kind === 'trigger_point')).toMatchObject({
    pressure: 7,
    tenderness: 8,
    tendernessAfter: 3,
  });

  // Reload: exactly the same chart.
  await knotbook.open(`/sessions/${sessionId}`);
  await expect(chart.table.locator('tbody tr')).toHaveCount(2);
  await chart.selectRow(primaryName);
  await expect(chart.field('Pressure (discomfort 0-10)')).toHaveValue('7');
  await expect(chart.field('Tenderness before (0-10)')).toHaveValue('8');
  await expect(chart.field('Tenderness after (0-10)')).toHaveValue('3');
  await expect(chart.tab('Right side')).toHaveAccessibleName('Right side, 0 marks');
  expect(await chartOnServer()).toEqual(before);

  // A satellite with no primary selected is refused, in words, and nothing is added.
  await chart.surface.focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('s');
  await chart.clickAt('posterior', pointIn('posterior', 'Infraspinatus', 'left'));
  await expect(chart.message).toHaveText('Select the primary trigger point first, then place its satellite.');
  await expect(chart.table.locator('tbody tr')).toHaveCount(2);
});
