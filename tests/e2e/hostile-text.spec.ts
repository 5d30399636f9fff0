import { expect, test } from './fixtures';
import { pdfText } from './support/pdf';

const SCRIPT = '<script>alert("x")</script>';
const SQL = "Robert'); DROP TABLE clients; --";
const HTML = '<b>bold?</b> & <i>not</i>';

test('text that looks like code is shown and printed exactly as typed, never run', async ({ page, knotbook }) => {
  const client = await knotbook.value<{ id: string }>('clients.create', {
    givenName: HTML,
    familyName: SQL,
    contraindications: `${SCRIPT} Zoë 🌿 مرحبا שלום`,
  });
  const session = await knotbook.value<{ id: string }>('sessions.create', { clientId: client.id });
  await knotbook.value('sessions.update', { id: session.id, subjective: `${SCRIPT} neck ache`, plan: SQL });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await knotbook.open(`/clients/${client.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${HTML} ${SQL}`);
  await expect(page.getByText(`${SCRIPT} Zoë 🌿 مرحبا שלום`)).toBeVisible();

  await knotbook.open(`/sessions/${session.id}/note`);
  await expect(page.getByText(`${SCRIPT} neck ache`)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const text = pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  // (The name wraps in its column, so its two halves are looked for apart.)
  for (const literal of [`${SCRIPT} neck ache`, SQL, '<b>bold?</b> &', '<i>not</i>', `${SCRIPT} Zoë`])
    expect(text.replace(/\s+/g, ' ')).toContain(literal);
  expect(dialogs).toEqual([]);
  // and the clients table is still there
  expect(await knotbook.value<unknown[]>('clients.list', {})).toHaveLength(1);
});
