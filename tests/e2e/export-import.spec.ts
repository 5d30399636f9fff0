/**
 * Export and import through the page: one client's record, and a whole practice exported as a
 * file (a download from the server, with its progress shown in words and as a bar while the
 * rest of the app keeps working) and imported into another Knotbook's fresh database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServe } from '../support/serve';
import { expect, test } from './fixtures';

test("a client's record exported as JSON imports into another practice's Knotbook", async ({ page, knotbook }) => {
  const client = await knotbook.value<{ id: string }>('clients.create', {
    givenName: 'Zoë',
    familyName: 'Ó Dálaigh',
    healthHistory: '<script>alert(1)</script> and “quotes”',
  });
  await knotbook.value('sessions.create', { clientId: client.id });
  await knotbook.open(`/clients/${client.id}`);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export record' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^knotbook-zoe-o-dalaigh-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = await file.path();
  const exported = JSON.parse(fs.readFileSync(saved, 'utf8')) as { format: string; tables: { sessions: unknown[] } };
  expect(exported.format).toBe('knotbook-export');
  expect(exported.tables.sessions).toHaveLength(1);

  // The same file, imported here: everything is already present and nothing is duplicated.
  await page.getByRole('link', { name: 'Backups' }).click();
  await page.getByLabel('Import a Knotbook JSON export').setInputFiles(saved);
  await expect(page.getByRole('status').filter({ hasText: 'Imported: nothing new.' })).toContainText(
    'Already here and left as they were: clients: 1, sessions: 1',
  );
  const clients = await knotbook.value<unknown[]>('clients.list', {});
  expect(clients).toHaveLength(1);
});

test('everything exported as JSON through the page, with its progress shown, imports into a fresh Knotbook', async ({
  page,
  knotbook,
  browser,
}) => {
  await knotbook.newSession('Maya', 'Okafor');
  await knotbook.value('clients.create', { givenName: 'Sam', familyName: 'Lee' });
  await knotbook.open('/data');

  // A practice this small is written in a moment: the page is shown a count part way through,
  // and the finished file is held back until the bar and the words have been seen.
  let shown: () => void = () => undefined;
  const progressShown = new Promise<void>((resolve) => (shown = resolve));
  await page.route('**/api/export/progress', (route) =>
    route.fulfill({ json: { ok: true, value: { rows: 1234567, totalRows: 2345678 } } }),
  );
  await page.route('**/api/export?format=json', async (route) => {
    await progressShown;
    await route.continue();
  });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything as JSON' }).click();
  const bar = page.getByRole('progressbar', { name: 'Export progress' });
  await expect(page.getByText('Exported 1,234,567 of 2,345,678 records…')).toBeVisible();
  await expect(bar).toHaveAttribute('value', '1234567');
  await expect(bar).toHaveAttribute('max', '2345678');
  // Meanwhile a second export waits its turn, and Knotbook answers everything else.
  await expect(page.getByRole('button', { name: 'Export everything as CSV' })).toBeDisabled();
  expect(await knotbook.value<unknown[]>('clients.list', {})).toHaveLength(2);
  shown();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^knotbook-everything-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole('status').filter({ hasText: 'Exported everything as' })).toContainText(
    file.suggestedFilename(),
  );
  await expect(bar).toBeHidden();
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-everything-')), 'everything.json');
  await file.saveAs(saved);
  const exported = JSON.parse(fs.readFileSync(saved, 'utf8')) as { tables: { clients: unknown[] } };
  expect(exported.tables.clients).toHaveLength(2);
  // Nothing of the export is left in the backups folder (the day's backup is there, and only it).
  const backups = path.join(path.dirname(knotbook.databasePath), 'knotbook-backups');
  const hidden = () => fs.readdirSync(backups).filter((name) => name.startsWith('.'));
  await expect.poll(hidden).toEqual([]);

  // Another Knotbook, on a fresh database, imports the file through its page (in a browser of its own).
  const fresh = await startServe(path.join(path.dirname(saved), 'fresh.sqlite'));
  const other = await browser.newContext();
  try {
    const freshPage = await other.newPage();
    await freshPage.goto(`${fresh.url.toString()}#/data`);
    await freshPage.getByLabel('Import a Knotbook JSON export').setInputFiles(saved);
    await expect(freshPage.getByRole('status').filter({ hasText: 'Imported:' })).toContainText(
      'clients: 2, sessions: 1',
    );
    const list = await fresh.call<unknown[]>('clients.list', {});
    expect(list.ok && list.value).toHaveLength(2);
  } finally {
    await other.close();
    await fresh.stop();
    fs.rmSync(path.dirname(saved), { recursive: true, force: true });
  }
});
