import { expect, type Locator, type Page } from '@playwright/test';

/** The client list (home page). */
export class ClientList {
  readonly heading: Locator;
  readonly search: Locator;
  readonly showArchived: Locator;
  readonly table: Locator;
  readonly newClient: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Clients', level: 1 });
    this.search = page.getByRole('searchbox', { name: 'Search clients' });
    this.showArchived = page.getByRole('checkbox', { name: 'Show archived' });
    this.table = page.getByRole('table', { name: 'Clients' });
    this.newClient = page.getByRole('button', { name: 'New client' });
  }

  /** The link of one client in the table, by "Family, Given". */
  client(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }

  /** The names in the table, top to bottom. */
  async names(): Promise<string[]> {
    return this.table.locator('tbody').getByRole('link').allTextContents();
  }

  async expectNames(names: string[]): Promise<void> {
    await expect(this.table.locator('tbody').getByRole('link')).toHaveText(names);
  }
}
