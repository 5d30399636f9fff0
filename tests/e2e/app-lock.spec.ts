import { expect, test } from './fixtures';

test('a therapist turns on the app lock: client records are hidden until the passphrase is entered', async ({
  page,
  knotbook,
}) => {
  await knotbook.value('clients.create', { givenName: 'Maya', familyName: 'Okafor' });
  await knotbook.open('/settings');
  const lock = page.getByRole('region', { name: 'App lock' });
  await lock.getByLabel('Passphrase', { exact: true }).fill('harbour massage 2026');
  await lock.getByLabel('Passphrase again').fill('harbour massage 2026');
  await lock.getByLabel('Lock after').selectOption('5');
  await lock.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The lock is on' })).toBeVisible();

  await lock.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Knotbook is locked' })).toBeVisible();
  await page.getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('heading', { name: 'Knotbook is locked' })).toBeVisible();
  await expect(page.getByText('Okafor')).toHaveCount(0);
  // The API refuses too, whoever asks.
  const refused = await knotbook.call('clients.list', {});
  expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });

  await page.getByLabel('Passphrase').fill('not the one');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That passphrase is not right.' })).toBeVisible();
  await page.getByLabel('Passphrase').fill('harbour massage 2026');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('link', { name: 'Okafor, Maya' })).toBeVisible();
});
