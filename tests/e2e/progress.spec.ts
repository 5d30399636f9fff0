import type { ChartMark } from '../../db/api/contract';
import { expect, test } from './fixtures';
import { triggerPointIn } from './pages/chart-page';
import { pdfText } from './support/pdf';

const DAY = 86_400_000;

test('five visits: the progress view shows each site’s trend and the numbers entered, compare finds new, persisting and resolved points, and the report prints', async ({
  page,
  knotbook,
}) => {
  const call = knotbook.value;
  const client = await call<{ id: string }>('clients.create', { givenName: 'Ana', familyName: 'Silva' });
  const trapezius = triggerPointIn('posterior', 'Upper trapezius', 'right');
  const levator = triggerPointIn('posterior', 'Levator scapulae', 'right');
  const rhomboids = triggerPointIn('posterior', 'Rhomboids', 'right', { activity: 'latent' });
  const newcomer = triggerPointIn('posterior', 'Upper trapezius', 'left');
  const trapTenderness = [8, 7, 6, 5, 3];
  const painBefore = [8, 7, 6, 5, 4];
  const ndiFirst = [3, 2, 3, 2, 2, 2, 2, 2, 2, 2]; // 22
  const ndiLast = [1, 1, 2, 1, 1, 1, 1, 1, 2, 1]; // 12
  const start = Date.now() - 40 * DAY;
  const sessions: string[] = [];
  for (let visit = 0; visit < 5; visit++) {
    const startedAt = new Date(start + visit * 7 * DAY).toISOString();
    const { id } = await call<{ id: string }>('sessions.create', { clientId: client.id, startedAt });
    sessions.push(id);
    // Each visit charts its own marks; a point still present keeps its site.
    const again = (mark: ChartMark, fields: Partial<ChartMark> = {}): ChartMark =>
      visit === 0
        ? { ...mark, ...fields }
        : {
            ...triggerPointIn('posterior', mark.muscle ?? '', 'right'),
            siteId: mark.siteId,
            activity: mark.activity,
            ...fields,
          };
    const marks = [
      again(trapezius, { tenderness: trapTenderness[visit] ?? null }),
      again(rhomboids, { tenderness: 4 }),
    ];
    if (visit < 2) marks.push(again(levator, { tenderness: 6 }));
    if (visit === 4) marks.push(newcomer);
    await call('chart.save', { sessionId: id, marks: marks.map((record) => ({ record, baseVersion: 0 })), zones: [] });
    if (visit === 2) await call('chart.resolveSite', { sessionId: id, siteId: levator.siteId, resolved: true });
    await call('sessions.update', {
      id,
      painBefore: painBefore[visit],
      painAfter: 2,
      rom: { rotationLeft: 50 + visit * 5 },
      ...(visit === 0 ? { ndi: ndiFirst } : visit === 4 ? { ndi: ndiLast } : {}),
    });
  }

  // The progress view: the numbers as entered, and the trend per site.
  await knotbook.open(`/clients/${client.id}`);
  await page.getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { name: 'Progress for Ana Silva', level: 1 })).toBeVisible();
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('Pain before treatment is down 4 points since the first visit (8 → 4).');
  await expect(summary).toContainText(
    'Neck Disability Index down 10 points (22 → 12), from moderate to mild disability.',
  );
  await expect(summary).toContainText('1 point has resolved: Levator scapulae, right.');

  const pain = page.getByRole('table', { name: 'Pain before and after treatment (0–10)' });
  await expect(pain.getByRole('row')).toHaveCount(6);
  for (const score of painBefore) await expect(pain).toContainText(String(score));
  const sites = page.getByRole('table', { name: 'Trigger-point sites across visits' });
  const trapRow = sites.getByRole('row').filter({ hasText: 'Upper trapezius' }).filter({ hasText: 'Right' });
  await expect(trapRow).toContainText('Still present');
  // The muscle is the row's header; then side, kind, visits, first and latest tenderness.
  await expect(trapRow.getByRole('cell').nth(2)).toHaveText('5');
  await expect(trapRow.getByRole('cell').nth(3)).toHaveText('8');
  await expect(trapRow.getByRole('cell').nth(4)).toHaveText('3');
  await expect(sites.getByRole('row').filter({ hasText: 'Levator scapulae' })).toContainText('Resolved on');
  await expect(page.getByRole('table', { name: 'Neck Disability Index scores' })).toContainText('22');

  // Compare the first visit with the fifth.
  await page.getByRole('link', { name: 'Compare visits' }).click();
  await expect(page.getByRole('heading', { name: 'Compare visits' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New at the later visit (1)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Still present (2)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Resolved (1)' })).toBeVisible();
  const still = page.getByRole('table', { name: /^Still present/ });
  await expect(still.getByRole('row').filter({ hasText: 'Upper trapezius' })).toContainText('8 → 3 (down 5)');
  await expect(page.getByRole('table', { name: /^Resolved/ })).toContainText('Levator scapulae');
  await expect(page.getByRole('table', { name: /^New at the later visit/ })).toContainText('Left');

  // The report: the summary can be edited, and the PDF carries it.
  await knotbook.open(`/clients/${client.id}/progress/report`);
  const edit = page.getByLabel('Summary (edit before printing; one sentence per line)');
  await expect(edit).toHaveValue(/Pain before treatment is down 4 points/);
  await edit.fill(`${await edit.inputValue()}\nKeep up the chin tucks.`);
  await page.emulateMedia({ media: 'print' });
  const text = pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  for (const expected of [
    'Progress report',
    'Ana Silva',
    'Pain before treatment is down 4 points since the first visit (8 → 4).',
    'Keep up the chin tucks.',
    'Upper trapezius',
    'Levator scapulae',
  ]) {
    expect(text).toContain(expected);
  }
});
