import type { Handout } from '../../db/api/contract';
import { expect, test } from './fixtures';
import { triggerPointIn } from './pages/chart-page';
import { pdfText } from './support/pdf';

test('a home-care sheet shows the client where a point may send pain: the atlas shading is printed and kept with the handout', async ({
  page,
  knotbook,
}) => {
  const client = await knotbook.value<{ id: string }>('clients.create', { givenName: 'Rosa', familyName: 'Delgado' });
  const session = await knotbook.value<{ id: string }>('sessions.create', { clientId: client.id });
  const point = triggerPointIn('posterior', 'Upper trapezius', 'right');
  await knotbook.value('chart.save', { sessionId: session.id, marks: [{ record: point, baseVersion: 0 }], zones: [] });
  await knotbook.value('homeCare.save', {
    sessionId: session.id,
    items: [],
    points: [{ markId: point.id, holdSeconds: 30, timesPerDay: 3 }],
    note: '',
    nextVisitAt: null,
  });

  await knotbook.open(`/sessions/${session.id}/handout`);
  const option = page.getByRole('checkbox', { name: 'Show where these points can send pain' });
  await expect(option).not.toBeChecked();
  await expect(page.getByText('The shaded areas show where pain from these points is often felt.')).toHaveCount(0);
  await option.check();
  // The point's picture is shaded, and the head, where its pain goes, gets a picture of its own.
  await expect(page.getByText(/^The shaded areas show where pain from these points is often felt\./)).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Back, 1 point to press, numbered 1, shaded where its pain may be felt/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Head & neck, right side, shaded where pain from point 1 may be felt/ }),
  ).toBeVisible();

  await page.evaluate(() => {
    window.print = () => undefined; // no print dialog in a headless test
  });
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByText(/Recorded as given/)).toBeVisible();
  const [given] = await knotbook.value<Handout[]>('handouts.list', { sessionId: session.id });
  const zones = given?.content?.referral?.zones ?? [];
  expect(zones.length).toBeGreaterThan(0);
  expect(zones.every((z) => z.muscle === 'Upper trapezius' && z.side === 'right')).toBe(true);
  expect(zones.map((z) => z.label)).toContain('temple');

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdfText(pdf);
  expect(text).toContain('The shaded areas show where pain from these points is often felt.');
  expect(text).not.toContain('Show where these points can send pain');

  // Printed again later, the recorded copy still has its shading.
  await knotbook.open(`/handouts/${given?.id ?? ''}`);
  await expect(
    page.getByRole('img', { name: /^Head & neck, right side, shaded where pain from point 1/ }),
  ).toBeVisible();
});
