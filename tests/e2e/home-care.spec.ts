import type { Handout } from '../../db/api/contract';
import { expect, test } from './fixtures';
import { ChartPage, pointIn } from './pages/chart-page';
import { firstPageInk, pdfText } from './support/pdf';

test('home care from a session: neck exercises first, three picked, a dose changed, a point to press, and the sheet as PDF', async ({
  page,
  knotbook,
}) => {
  await knotbook.value('settings.update', {
    practitioner: { name: 'Jo Park', credentials: 'Registered Massage Therapist' },
    practice: { name: 'Harbour Massage', phone: '555 0100' },
  });
  const sessionId = await knotbook.newSession('Ana', 'Silva');
  await knotbook.open(`/sessions/${sessionId}`);

  // Two trigger points on the upper trapezius.
  const chart = new ChartPage(page);
  await chart.clickAt('posterior', pointIn('posterior', 'Upper trapezius', 'right'));
  await chart.clickAt('posterior', pointIn('posterior', 'Upper trapezius', 'left'));
  await expect(chart.table.locator('tbody tr')).toHaveCount(2);
  await chart.expectSaved();

  // Home care suggests the exercises for the upper trapezius first.
  await page.getByRole('link', { name: 'Home care' }).click();
  const suggested = page.getByRole('region', { name: 'Suggested for Upper trapezius' });
  await expect(suggested.getByRole('listitem').first()).toBeVisible();
  const names = await suggested.locator('.picker__name').allTextContents();
  expect(names).toEqual(expect.arrayContaining(['Side bend neck stretch', 'Shoulder pinch and hold']));
  expect(names).not.toContain('Ball on the side of the hip');

  const picks = ['Side bend neck stretch', 'Look-to-the-armpit stretch', 'Shoulder pinch and hold'];
  for (const name of picks) await suggested.getByRole('button', { name: `Add ${name}` }).click();
  const plan = page.getByRole('region', { name: 'The plan' });
  await expect(plan.getByRole('listitem')).toHaveCount(3);
  await plan.getByRole('group', { name: 'Dose of Side bend neck stretch' }).getByLabel('Hold').fill('45');
  await page.getByRole('checkbox', { name: 'Press here: Upper trapezius, right (active trigger point)' }).check();
  await page.getByLabel('Note for the client').fill('Take a movement break every hour at work.');
  await expect(page.getByRole('status').filter({ hasText: 'Plan saved' })).toBeVisible();

  // The sheet: Export PDF records the handout given; Chromium turns the same page into the PDF.
  await page.getByRole('link', { name: 'Preview handout' }).click();
  await expect(page.getByRole('heading', { name: 'Side bend neck stretch' })).toBeVisible();
  await page.evaluate(() => {
    window.print = () => undefined; // the browser's print dialog cannot open in a headless test
  });
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByText(/Recorded as given/)).toBeVisible();
  const given = await knotbook.value<Handout[]>('handouts.list', { sessionId });
  expect(given).toHaveLength(1);
  expect(given[0]?.content?.exercises.map((e) => e.name)).toEqual(picks);

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdfText(pdf);
  for (const expected of [
    'Ana Silva',
    'Harbour Massage',
    'Jo Park',
    ...picks,
    'Hold 45 s',
    'Upper trapezius, right',
    'Take a movement break every hour at work.',
    'Numbness, tingling or weakness in your arms or hands',
  ]) {
    expect(text).toContain(expected);
  }
  expect(firstPageInk(pdf)).toBeGreaterThan(0.01);
});
