import { expect, test } from './fixtures';

test('a draft left unsigned for over a day waits on the home screen until signed, and the client’s audit log shows what happened', async ({
  page,
  knotbook,
}) => {
  const call = knotbook.value;
  await call('settings.update', { practitioner: { name: 'Jo Park' } });
  const client = await call<{ id: string }>('clients.create', { givenName: 'Lena', familyName: 'Fischer' });
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString();
  await call('sessions.create', { clientId: client.id, startedAt: twoDaysAgo });
  await call('sessions.create', { clientId: client.id }); // today's: not overdue

  await knotbook.open('/');
  const unsigned = page.getByRole('region', { name: 'Unsigned sessions' });
  await expect(unsigned.getByRole('listitem')).toHaveCount(1);
  await unsigned.getByRole('link', { name: /Lena Fischer/ }).click();

  await page.getByLabel('Subjective', { exact: true }).fill('Stiff neck after a long drive.');
  await page.getByRole('button', { name: 'Sign session' }).click();
  await page.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(page.getByLabel('Signature')).toContainText('Signed by Jo Park');

  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
  await expect(unsigned).toHaveCount(0);

  // The audit log: who did what, newest first, with the fields that changed.
  await page.getByRole('link', { name: 'Fischer, Lena' }).click();
  await page.getByText('Show every change to this client’s records').click();
  const log = page.getByRole('table', { name: 'Audit log' });
  await expect(log.getByRole('row').nth(1)).toContainText('Session signed');
  await expect(log.getByRole('row').nth(2)).toContainText('Session changed');
  await expect(log.getByRole('row').nth(2)).toContainText('Subjective');
  await expect(log).toContainText('Client record added');
  await expect(log.getByRole('row')).toHaveCount(6); // header, client, 2 sessions, note, signing
});
