import { expect, test } from './fixtures';
import { ClientForm } from './pages/client-form';
import { ClientList } from './pages/client-list';
import { ClientPage } from './pages/client-page';

test('starting a session from the client page lists it and counts the visit', async ({ page, knotbook }) => {
  await knotbook.open('/clients/new');
  const form = new ClientForm(page);
  const client = new ClientPage(page);
  await form.fill({ 'First name': 'Harold', 'Last name': 'Nguyen', Contraindications: 'Right hip replacement.' });
  await form.save.click();
  await expect(client.sessions).toContainText('No sessions yet');

  await client.newSession.click();
  const start = page.getByRole('form', { name: 'New session' });
  await expect(start.getByLabel('Duration')).toHaveValue('60');
  await start.getByLabel('Start time').fill('2026-11-20T14:30');
  await start.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Harold Nguyen');
  await expect(page.getByText(/Fri 20 Nov 2026/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Contraindications' })).toContainText('Right hip replacement.');
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Back to Harold Nguyen' }).click();
  await expect(client.sessions.getByRole('row')).toHaveCount(2); // header + one session
  await expect(client.sessions).toContainText('60 min');

  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  const row = new ClientList(page).table.getByRole('row', { name: /Nguyen, Harold/ });
  await expect(row.getByRole('cell').last()).toHaveText('1');
});
