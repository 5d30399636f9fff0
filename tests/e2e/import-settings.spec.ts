/**
 * Importing an export whose settings differ from this computer's: the records come in, the page
 * shows the settings side by side, and the therapist keeps this computer's or takes the file's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

test('an export whose settings differ imports its records, shows the differences, and takes the file’s settings when asked', async ({
  page,
  knotbook,
}) => {
  await knotbook.value('settings.update', { practitioner: { name: 'Jo Park', credentials: 'RMT' }, paperSize: 'a4' });
  await knotbook.value('clients.create', { givenName: 'Maya', familyName: 'Okafor' });
  const file = await knotbook.value<{ kind: 'json'; text: string }>('export.all', { format: 'json' });
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-import-')), 'everything.json');
  fs.writeFileSync(saved, file.text);
  // This computer's therapist typed their name one letter different, and chose Letter paper.
  await knotbook.value('settings.update', { practitioner: { name: 'Jo Parks' }, paperSize: 'letter' });

  await knotbook.open('/data');
  await page.getByLabel('Import a Knotbook JSON export').setInputFiles(saved);
  const choice = page.getByRole('region', { name: 'Some settings in the file differ from this computer’s' });
  await expect(choice.getByRole('row', { name: /Practitioner: Your name/ })).toContainText('Jo Parks');
  await expect(choice.getByRole('row', { name: /Paper size/ })).toContainText('A4');
  await choice.getByRole('button', { name: 'Take the file’s settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Took the settings from the file.' })).toBeVisible();
  await expect(choice).toBeHidden();
  const settings = await knotbook.value<{ practitioner: { name: string } }>('settings.get', {});
  expect(settings.practitioner.name).toBe('Jo Park');
});
