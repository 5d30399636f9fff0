import { expect, test } from './fixtures';

const PASS = 'harbour massage 2026';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('after repeated wrong passphrases the lock screen says how long to wait, and counts down', async ({
  page,
  knotbook,
}) => {
  await knotbook.value('lock.set', { passphrase: PASS, idleMinutes: 5 });
  await knotbook.value('lock.lock', {});
  for (let i = 0; i < 3; i++) await knotbook.call('lock.unlock', { passphrase: 'not the one' });
  await knotbook.open('/');
  await expect(page.getByRole('heading', { name: 'Knotbook is locked' })).toBeVisible();
  await page.getByLabel('Passphrase').fill('still not it');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That passphrase is not right.' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText('Wait 1 second before trying again.');
  await expect(page.getByLabel('Passphrase')).toBeFocused();
  await page.getByLabel('Passphrase').fill(PASS);
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  await expect(page.getByRole('timer')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled();

  // More wrong ones through the API; a reload shows the wait still running.
  for (const wait of [2000, 4000]) {
    await knotbook.call('lock.unlock', { passphrase: 'not the one' });
    await pause(wait + 100);
  }
  await knotbook.call('lock.unlock', { passphrase: 'not the one' });
  await page.reload();
  await expect(page.getByRole('timer')).toHaveText(/Wait [78] seconds before trying again\./);
  await page.getByLabel('Passphrase').fill(PASS);
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
});
