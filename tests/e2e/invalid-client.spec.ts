import { expect, test } from './fixtures';
import { ClientForm } from './pages/client-form';
import { ClientList } from './pages/client-list';
import { countRows } from './support/db';

test('invalid client details are explained in plain words and nothing is saved', async ({ page, knotbook }) => {
  await knotbook.open('/clients/new');
  const form = new ClientForm(page);

  await form.fill({ 'First name': '   ', Email: 'maya at home', Phone: 'call me' });
  await form.save.click();
  await expect(page.getByText('First name is required')).toBeVisible();
  await expect(page.getByText('Email must look like name@example.com')).toBeVisible();
  await expect(page.getByText(/^Phone may contain only digits/)).toBeVisible();
  await expect(form.field('Email')).toHaveAttribute('aria-invalid', 'true');

  // A date of birth in the future is refused too, even once the rest is right.
  await form.fill({
    'First name': 'Maya',
    Email: 'maya@example.com',
    Phone: '555 0134',
    'Date of birth': '2999-01-01',
  });
  await form.save.click();
  await expect(page.getByText('Date of birth cannot be in the future')).toBeVisible();
  await expect(page).toHaveURL(/#\/clients\/new$/);

  expect(countRows(knotbook.databasePath, 'clients')).toBe(0);
  expect(countRows(knotbook.databasePath, 'audit_log')).toBe(0);
  await knotbook.open();
  await expect(page.getByText('No clients yet')).toBeVisible();
  await expect(new ClientList(page).table).toHaveCount(0);
});
