import type { Locator, Page } from '@playwright/test';

/** One client's page. */
export class ClientPage {
  readonly edit: Locator;
  readonly archive: Locator;
  readonly restore: Locator;
  readonly newSession: Locator;
  readonly sessions: Locator;
  readonly contraindications: Locator;

  constructor(readonly page: Page) {
    this.edit = page.getByRole('button', { name: 'Edit client' });
    this.archive = page.getByRole('button', { name: 'Archive client' });
    this.restore = page.getByRole('button', { name: 'Restore client' });
    this.newSession = page.getByRole('button', { name: 'New session' });
    this.sessions = page.getByRole('region', { name: 'Sessions' });
    this.contraindications = page.getByRole('region', { name: 'Contraindications' });
  }

  /** New session, then Start session with the suggested time (now) and length. */
  async startSession(): Promise<void> {
    await this.newSession.click();
    await this.page.getByRole('button', { name: 'Start session' }).click();
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 1 });
  }
}
