import type { ChartSnapshot } from '../../db/api/contract';
import { expect, test } from './fixtures';
import { ChartPage, pointIn, triggerPointIn } from './pages/chart-page';
import { ClientPage } from './pages/client-page';

test('the next visit re-assesses last visit’s points: one resolved, one still present on the same site, and a new one', async ({
  page,
  knotbook,
}) => {
  // Last week's visit, signed, with two trigger points.
  const call = knotbook.value;
  await call('settings.update', { practitioner: { name: 'Jo Park' } });
  const client = await call<{ id: string }>('clients.create', { givenName: 'Ravi', familyName: 'Menon' });
  const lastWeek = new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString();
  const first = await call<{ id: string }>('sessions.create', { clientId: client.id, startedAt: lastWeek });
  const trapezius = triggerPointIn('posterior', 'Upper trapezius', 'right', { tenderness: 7 });
  const levator = triggerPointIn('posterior', 'Levator scapulae', 'right', { tenderness: 5 });
  await call('chart.save', {
    sessionId: first.id,
    marks: [trapezius, levator].map((record) => ({ record, baseVersion: 0 })),
    zones: [],
  });
  await call('sessions.sign', { id: first.id });

  // Today's visit opens with both points to re-assess, drawn faded on the chart.
  await knotbook.open(`/clients/${client.id}`);
  await new ClientPage(page).startSession();
  const panel = page.getByRole('region', { name: 'To re-assess' });
  await expect(panel).toContainText('Upper trapezius, right');
  await expect(panel).toContainText('Last visit: tenderness 7/10');
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('To re-assess');
  const chart = new ChartPage(page);
  await expect(chart.table.locator('tbody tr')).toHaveCount(0);

  // The levator point has gone: resolved in one click.
  await panel.getByRole('button', { name: 'Resolved: Levator scapulae, right' }).click();
  await expect(panel.getByRole('button', { name: 'Undo resolved: Levator scapulae, right' })).toBeVisible();

  // The trapezius point is still there: one key in its row charts it again, with new findings.
  await panel.getByRole('listitem').filter({ hasText: 'Upper trapezius, right' }).focus();
  await page.keyboard.press('p');
  await expect(chart.table.locator('tbody tr')).toHaveCount(1);
  await expect(page.getByText('Last visit: tenderness 7/10')).toHaveCount(2); // panel row and inspector
  await chart.field('Tenderness before (0-10)').fill('4');
  await expect(panel.getByRole('button', { name: 'Show: Upper trapezius, right' })).toBeVisible();

  // And a point that is new today, on the other side.
  await chart.tool('Active trigger point').click();
  await chart.clickAt('posterior', pointIn('posterior', 'Upper trapezius', 'left'));
  await expect(chart.table.locator('tbody tr')).toHaveCount(2);
  await chart.expectSaved();

  // Saved: the still-present point shares last week's site; the new one starts its own.
  const sessionId = new URL(page.url()).hash.split('/')[2] ?? '';
  const snapshot = await call<ChartSnapshot>('chart.get', { sessionId });
  const again = snapshot.marks.find((m) => m.side === 'right');
  const fresh = snapshot.marks.find((m) => m.side === 'left');
  expect(again).toMatchObject({ siteId: trapezius.siteId, muscle: 'Upper trapezius', tenderness: 4 });
  expect(again?.id).not.toBe(trapezius.id);
  expect(fresh?.siteId).toBe(fresh?.id);
  expect(snapshot.carried.find((p) => p.siteId === levator.siteId)?.resolvedAt).not.toBeNull();

  // After a reload the panel says the same.
  await page.reload();
  await expect(panel.getByText('Still present', { exact: true })).toBeVisible();
  await expect(panel.getByText('Resolved', { exact: true })).toBeVisible();
});
