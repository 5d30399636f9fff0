import { expect, test } from './fixtures';

test('a client that does not exist is explained in plain words', async ({ page, knotbook }) => {
  await knotbook.open('/clients/01960000-0000-7000-8000-000000000000');
  await expect(page.getByRole('alert')).toHaveText(/That client could not be found/);
});
