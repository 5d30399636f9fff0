import { expect, test } from './fixtures';
import { ClientList } from './pages/client-list';
import { ClientPage } from './pages/client-page';

test('a client can be added and found again from the keyboard alone', async ({ page, knotbook }) => {
  await knotbook.open();
  const list = new ClientList(page);
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

  await expect(list.heading).toBeVisible();
  await page.keyboard.press(`${mod}+KeyN`);
  await expect(page.getByLabel('First name', { exact: true })).toBeFocused();
  await page.keyboard.type('Sofia');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Marchetti');
  await page.keyboard.press('Enter');
  await expect(new ClientPage(page).heading('Sofia Marchetti')).toBeVisible();

  await page.keyboard.press(`${mod}+KeyF`);
  await expect(list.search).toBeFocused();
  await page.keyboard.type('marc');
  await list.expectNames(['Marchetti, Sofia']);
  await page.keyboard.press('ArrowDown');
  await expect(list.client('Marchetti, Sofia')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(new ClientPage(page).heading('Sofia Marchetti')).toBeVisible();

  // Enter in the search box opens the first match straight away.
  await page.keyboard.press(`${mod}+KeyF`);
  await page.keyboard.type('sofia');
  await page.keyboard.press('Enter');
  await expect(new ClientPage(page).heading('Sofia Marchetti')).toBeVisible();

  // Escape leaves the form without saving.
  await page.keyboard.press(`${mod}+KeyN`);
  await page.keyboard.type('Nobody');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await list.expectNames(['Marchetti, Sofia']);
});
