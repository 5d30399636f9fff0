import type { Locator, Page } from '@playwright/test';

export interface ClientDetails {
  'First name'?: string;
  'Last name'?: string;
  'Date of birth'?: string;
  Phone?: string;
  Email?: string;
  Address?: string;
  'Health history'?: string;
  Contraindications?: string;
}

/** The new-client and edit-client form. */
export class ClientForm {
  readonly save: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.save = page.getByRole('button', { name: 'Save client' });
    this.cancel = page.getByRole('button', { name: 'Cancel' });
  }

  field(label: keyof ClientDetails): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(details: ClientDetails): Promise<void> {
    for (const [label, value] of Object.entries(details) as [keyof ClientDetails, string][]) {
      await this.field(label).fill(value);
    }
  }
}
