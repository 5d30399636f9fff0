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
  /** The same, for a call that must succeed: its value (a refusal fails the test with its message). */
  value<T>(op: string, input: unknown): Promise<T>;
  /** A new client with one new session, made through the API; resolves to the session's id. */
  newSession(givenName: string, familyName: string): Promise<string>;
}

export const test = base.extend<{ knotbook: Knotbook }>({
  knotbook: async ({ page }: { page: Page }, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-e2e-'));
    const databasePath = path.join(dir, 'knotbook.sqlite');
    const serve = await startServe(databasePath);
    const url = serve.url.toString();
    // Knotbook never talks to the network: every request the page makes, in every spec, must go
    // to its own server on 127.0.0.1 (or stay inside the page: data:, blob:, about:).
    const outgoing: string[] = [];
    page.context().on('request', (request) => {
      const address = new URL(request.url());
      const local = address.hostname === '127.0.0.1' && address.port === serve.url.port;
      if (!local && !['data:', 'blob:', 'about:'].includes(address.protocol)) outgoing.push(address.origin);
    });
    const value = async <T>(op: string, input: unknown): Promise<T> => {
      const result = await serve.call<T>(op, input);
      if (!result.ok) throw new Error(`${op} was refused: ${result.error.message}`);
      return result.value;
    };
    await use({
      url,
      databasePath,
      call: serve.call,
      value,
      newSession: async (givenName, familyName) => {
        const client = await value<{ id: string }>('clients.create', { givenName, familyName });
        return (await value<{ id: string }>('sessions.create', { clientId: client.id })).id;
      },
      open: async (route = '') => {
        await page.goto(route ? `${url}#${route}` : url);
      },
    });
    await serve.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    expect(outgoing, 'requests that left this computer').toEqual([]);
  },
});

export { expect };
