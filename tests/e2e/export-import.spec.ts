import fs from 'node:fs';
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
