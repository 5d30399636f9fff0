import { format } from 'date-fns';
import type { Session } from '../../db/api/contract';
import { expect, test } from './fixtures';
import { ChartPage, pointIn } from './pages/chart-page';
import { ClientPage } from './pages/client-page';
import { pdfText } from './support/pdf';

test('a session is screened, charted, written up, measured, signed, refused changes, amended and exported as PDF', async ({
  page,
  knotbook,
}) => {
  // The practitioner who will sign, and one quick phrase.
  await knotbook.open('/settings');
  await page.getByLabel('Your name').fill('Jo Park');
  await page.getByLabel('Credentials').fill('Registered Massage Therapist');
  await page.getByLabel('Practice name').fill('Harbour Massage');
  await page.getByRole('button', { name: 'Add a phrase' }).click();
  await page.getByLabel('Short name 1', { exact: true }).fill('ic');
  await page.getByLabel('Phrase 1', { exact: true }).fill('Ischemic compression, 3 rounds of 60 s, eased to 3/10.');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();

  const created = await knotbook.call<{ id: string }>('clients.create', {
    givenName: 'Ana',
    familyName: 'Silva',
    contraindications: 'Takes blood thinners: light pressure only.',
  });
  if (!created.ok) throw new Error(created.error.message);
  await knotbook.open(`/clients/${created.value.id}`);
  await new ClientPage(page).startSession();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ana Silva');
  await expect(page.getByRole('region', { name: 'Contraindications' })).toContainText('blood thinners');

  // Red-flag screen: one "yes" raises the referral alert, with its time.
  const question = (text: RegExp) => page.getByRole('group', { name: text });
  await question(/^Numbness, tingling/)
    .getByLabel('Yes')
    .check();
  for (const q of [
    /^Did the pain start/,
    /^Dizziness/,
    /^New, severe pain/,
    /^Fever/,
    /^Clumsy hands/,
    /^Pain that keeps/,
  ])
    await question(q).getByLabel('No').check();
  const alert = page.getByRole('alert').filter({ hasText: 'Refer to a physician before treating' });
  await expect(alert).toContainText('numbness, tingling or weakness in the arms');
  await expect(alert).toContainText('Raised');

  // One trigger point on the chart, then the note.
  const chart = new ChartPage(page);
  await chart.clickAt('posterior', pointIn('posterior', 'Upper trapezius', 'right'));
  await expect(chart.table.locator('tbody tr')).toHaveCount(1);
  await chart.expectSaved();

  await page.getByLabel('Subjective', { exact: true }).fill('Ache on the right side of the neck for three weeks.');
  await page.getByRole('button', { name: 'Insert chart findings' }).click();
  await expect(page.getByLabel('Objective', { exact: true })).toHaveValue(/Upper trapezius/);
  const assessment = page.getByLabel('Assessment', { exact: true });
  await assessment.fill('ic');
  await assessment.press('Control+Space');
  await expect(assessment).toHaveValue('Ischemic compression, 3 rounds of 60 s, eased to 3/10.');
  await page.getByLabel('Plan', { exact: true }).fill('Chin tucks daily. See again in one week.');

  // Measures: pain 6 → 3 and two neck movements, each beside its usual range.
  await page.getByLabel('Pain before treatment').fill('6');
  await page.getByLabel('Pain after treatment').fill('3');
  await expect(page.getByText('a change the client can feel')).toBeVisible();
  await page.getByLabel('Flexion', { exact: true }).fill('50');
  await page.getByLabel('Rotation, left', { exact: true }).fill('60');
  await expect(page.getByText('usual about 64°')).toBeVisible();
  await page.getByLabel('Rotation, left', { exact: true }).blur();
  await expect(page.getByRole('status').filter({ hasText: 'Note saved' })).toBeVisible();

  // Sign: the session is locked under the practitioner's name.
  await page.getByRole('button', { name: 'Sign session' }).click();
  await expect(page.getByText('Sign as Jo Park?')).toBeVisible();
  await page.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(page.getByLabel('Signature')).toContainText('Signed by Jo Park');
  await expect(page.getByText('Signed', { exact: true })).toBeVisible();

  // Locked: the note is shown as text, the chart refuses new points, and so does the API.
  await expect(page.getByRole('textbox', { name: 'Subjective' })).toHaveCount(0);
  await expect(page.getByText('Ache on the right side of the neck for three weeks.')).toBeVisible();
  await chart.clickAt('posterior', pointIn('posterior', 'Upper trapezius', 'left'));
  await expect(chart.message).toHaveText('This session is signed, so its chart can no longer be changed.');
  const sessionId = new URL(page.url()).hash.split('/')[2] ?? '';
  const refused = await knotbook.call('sessions.update', { id: sessionId, subjective: 'Changed afterwards.' });
  expect(refused.ok).toBe(false);
  if (!refused.ok)
    expect(refused.error.message).toBe('This session is signed and cannot be changed. Add an amendment instead.');

  // Amend: the correction is dated and signed below the original, which stays as it was.
  await page.getByRole('button', { name: 'Add amendment' }).click();
  await page.getByLabel('Reason').fill('Pain score after treatment was misheard.');
  await page.getByLabel('Amendment', { exact: true }).fill('Pain after treatment was 4 of 10, not 3.');
  await page.getByRole('button', { name: 'Add and sign amendment' }).click();
  const amendments = page.getByRole('region', { name: 'Amendments' });
  await expect(amendments).toContainText('Pain after treatment was 4 of 10, not 3.');
  await expect(amendments).toContainText('Signed by Jo Park');
  const saved = await knotbook.call<Session>('sessions.get', { id: sessionId });
  if (!saved.ok) throw new Error(saved.error.message);
  expect(saved.value.painAfter).toBe(3);
  expect(saved.value.subjective).toBe('Ache on the right side of the neck for three weeks.');

  // The note as PDF: Chromium prints the same page the preview shows.
  await page.getByRole('link', { name: 'Print or export note' }).click();
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Body chart, Back, 1 mark' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdfText(pdf);
  for (const expected of [
    'Harbour Massage',
    'Ana Silva',
    format(new Date(saved.value.startedAt), 'EEE d MMM yyyy'),
    'Subjective',
    'Objective',
    'Assessment',
    'Plan',
    'Ache on the right side of the neck for three weeks.',
    'Upper trapezius',
    'Signed by Jo Park',
    'Pain score after treatment was misheard.',
  ]) {
    expect(text).toContain(expected);
  }
});
