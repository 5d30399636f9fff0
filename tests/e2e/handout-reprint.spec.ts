import type { Exercise, Handout } from '../../db/api/contract';
import { expect, test } from './fixtures';
import { triggerPointIn } from './pages/chart-page';

const HOSTILE = '<img src=x onerror=alert(1)>';

test('a handout shows a hostile client name as plain text, and prints again as given after the exercise was edited', async ({
  page,
  knotbook,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const client = await knotbook.value<{ id: string }>('clients.create', { givenName: HOSTILE, familyName: 'Silva' });
  const session = await knotbook.value<{ id: string }>('sessions.create', { clientId: client.id });
  const point = triggerPointIn('posterior', 'Upper trapezius', 'right');
  const markId = point.id;
  await knotbook.value('chart.save', {
    sessionId: session.id,
    marks: [{ record: point, baseVersion: 0 }],
    zones: [],
  });
  const own = await knotbook.value<Exercise>('exercises.create', {
    name: 'Towel neck stretch',
    steps: ['Loop a towel behind your neck.', 'Pull it gently forward.', 'Breathe out slowly.'],
    cautions: 'Stop if it pinches.',
    holdSeconds: 20,
  });
  await knotbook.value('homeCare.save', {
    sessionId: session.id,
    items: [{ exerciseId: own.id, holdSeconds: 20, repetitions: 3, sets: null, timesPerDay: 2, note: '' }],
    points: [{ markId, holdSeconds: 30, timesPerDay: 3 }],
    note: '',
    nextVisitAt: null,
  });

  // The name is text on the sheet, not markup; nothing runs.
  await knotbook.open(`/sessions/${session.id}/handout`);
  await expect(page.getByText(`${HOSTILE} Silva`)).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.evaluate(() => {
    window.print = () => undefined; // no print dialog in a headless test
  });
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByText(/Recorded as given/)).toBeVisible();
  const [given] = await knotbook.value<Handout[]>('handouts.list', { sessionId: session.id });
  if (!given) throw new Error('no handout was recorded');

  // The library changes; the handout given still prints what the client got.
  await knotbook.value('exercises.update', {
    id: own.id,
    name: 'Renamed stretch',
    steps: ['Something else entirely.', 'And more.', 'And more again.'],
  });
  await knotbook.open(`/sessions/${session.id}/home-care`);
  await page.getByRole('region', { name: 'Handouts given' }).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#/handouts/${given.id}$`));
  await expect(page.getByRole('heading', { name: 'Towel neck stretch' })).toBeVisible();
  await expect(page.getByText('Loop a towel behind your neck.')).toBeVisible();
  await expect(page.getByText('Renamed stretch')).toHaveCount(0);
  await expect(page.getByText(`${HOSTILE} Silva`)).toBeVisible();
  expect(dialogs).toEqual([]);
});
