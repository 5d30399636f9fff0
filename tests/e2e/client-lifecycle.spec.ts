import { expect, test } from './fixtures';
import { ClientForm } from './pages/client-form';
import { ClientList } from './pages/client-list';
import { ClientPage } from './pages/client-page';

test('a therapist adds a client, finds them, edits, archives and restores them, and it all persists', async ({
  page,
  knotbook,
}) => {
  await knotbook.open();
  const list = new ClientList(page);
  const form = new ClientForm(page);
  const client = new ClientPage(page);

  await expect(page.getByText('No clients yet')).toBeVisible();
  await list.newClient.click();
  await form.fill({
    'First name': 'Maya',
    'Last name': 'Okafor',
    'Date of birth': '1988-04-12',
    Phone: '(416) 555-0134',
    Email: 'maya@example.com',
    Contraindications: 'Takes blood thinners: light pressure only.',
  });
  await form.save.click();
  await expect(client.heading('Maya Okafor')).toBeVisible();
  await expect(client.contraindications).toContainText('Takes blood thinners');

  // A second client, so that finding one means something.
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await list.newClient.click();
  await form.fill({ 'First name': 'Daniel', 'Last name': 'Brennan', Phone: '(905) 555-0178' });
  await form.save.click();
  await expect(client.heading('Daniel Brennan')).toBeVisible();

  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await list.expectNames(['Brennan, Daniel', 'Okafor, Maya']);
  await list.search.fill('oka');
  await list.expectNames(['Okafor, Maya']);
  await list.search.fill('555 0134');
  await list.expectNames(['Okafor, Maya']);
  await list.search.fill('0178');
  await list.expectNames(['Brennan, Daniel']);
  await list.search.fill('');

  // Edit: she married and changed her phone number.
  await list.client('Okafor, Maya').click();
  await client.edit.click();
  await form.fill({ 'Last name': 'Okafor-Reid', Phone: '(416) 555-0199' });
  await form.save.click();
  await expect(client.heading('Maya Okafor-Reid')).toBeVisible();
  await expect(page.getByText('(416) 555-0199')).toBeVisible();

  // Archive: hidden from the list until shown.
  await client.archive.click();
  await expect(client.restore).toBeVisible();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await list.expectNames(['Brennan, Daniel']);
  await list.showArchived.check();
  await list.expectNames(['Brennan, Daniel', 'Okafor-Reid, Maya']);
  await expect(list.table.getByRole('row', { name: /Okafor-Reid/ })).toContainText('Archived');

  // Restore.
  await list.client('Okafor-Reid, Maya').click();
  await client.restore.click();
  await expect(client.archive).toBeVisible();

  // Reload: everything is still there, read back from the database file.
  await knotbook.open();
  await list.expectNames(['Brennan, Daniel', 'Okafor-Reid, Maya']);
  await list.client('Okafor-Reid, Maya').click();
  await expect(client.heading('Maya Okafor-Reid')).toBeVisible();
  await expect(page.getByText('(416) 555-0199')).toBeVisible();
  await expect(page.getByText('maya@example.com')).toBeVisible();
  await expect(client.contraindications).toContainText('Takes blood thinners');
  await expect(client.archive).toBeVisible();
});
