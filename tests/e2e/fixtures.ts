/**
 * Each end-to-end test gets its own Knotbook: the real `serve` command on a fresh temporary
 * database file, and a page opened on it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startServe, type ServeProcess } from '../support/serve';

export interface Knotbook {
  url: string;
  databasePath: string;
  /** Opens the app (or reopens it, like a reload) at an optional hash route. */
  open(route?: string): Promise<void>;
  /** Calls the API directly, to set up data a spec is not about. */
  call: ServeProcess['call'];
  /** A new client with one new session, made through the API; resolves to the session's id. */
  newSession(givenName: string, familyName: string): Promise<string>;
}

export const test = base.extend<{ knotbook: Knotbook }>({
  knotbook: async ({ page }: { page: Page }, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-e2e-'));
    const databasePath = path.join(dir, 'knotbook.sqlite');
    const serve = await startServe(databasePath);
    const url = serve.url.toString();
    await use({
      url,
      databasePath,
      call: serve.call,
      newSession: async (givenName, familyName) => {
        const client = await serve.call<{ id: string }>('clients.create', { givenName, familyName });
        if (!client.ok) throw new Error(client.error.message);
        const session = await serve.call<{ id: string }>('sessions.create', { clientId: client.value.id });
        if (!session.ok) throw new Error(session.error.message);
        return session.value.id;
      },
      open: async (route = '') => {
        await page.goto(route ? `${url}#${route}` : url);
      },
    });
    await serve.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };
