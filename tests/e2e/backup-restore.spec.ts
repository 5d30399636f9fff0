import { expect, test } from './fixtures';

test('a therapist backs up, adds a client, and restores the backup: the added client is gone and a copy of it is kept', async ({
  page,
  knotbook,
}) => {
  await knotbook.value('clients.create', { givenName: 'Maya', familyName: 'Okafor' });
  await knotbook.open('/');
  await page.getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { name: 'Backups and export' })).toBeVisible();

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup made and checked' })).toBeVisible();
  const backups = page.getByRole('table', { name: 'Backups, newest first' });
  await expect(backups.getByRole('row', { name: /Made by you/ })).toBeVisible();

  await knotbook.value('clients.create', { givenName: 'Ben', familyName: 'Lee' });
  await backups
    .getByRole('row', { name: /Made by you/ })
    .getByRole('button', { name: /^Restore the backup of/ })
    .click();
  await page.getByRole('button', { name: 'Check this backup' }).click();
  await expect(page.getByText('It holds 1 client and 0 sessions')).toBeVisible();
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  const restored = page.getByRole('status').filter({ hasText: /Restored the backup of .*: 1 client, 0 sessions\./ });
  await expect(restored).toContainText('Your records as they were just before are kept as knotbook-before-restore-');
  await expect(backups.getByRole('row', { name: /Before a restore/ })).toBeVisible();

  await page.getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('link', { name: 'Okafor, Maya' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lee, Ben' })).toHaveCount(0);
});
