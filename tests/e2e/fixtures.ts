/**
 * Each end-to-end test gets its own Knotbook: the real `serve` command on a fresh temporary
 * database file, and a page opened on it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');

export interface Knotbook {
  url: string;
  databasePath: string;
  /** Opens the app (or reopens it, like a reload) at an optional hash route. */
  open(route?: string): Promise<void>;
}

function startServe(databasePath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/tsx/dist/cli.mjs'),
      'scripts/serve.ts',
      '--db',
      databasePath,
      '--port',
      '0',
      '--no-build',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running at (\S+)/.exec(out)?.[1];
      if (url) resolve({ url, child });
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`npm run serve exited with ${code}: ${err}`)));
  });
}

export const test = base.extend<{ knotbook: Knotbook }>({
  knotbook: async ({ page }: { page: Page }, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-e2e-'));
    const databasePath = path.join(dir, 'knotbook.sqlite');
    const { url, child } = await startServe(databasePath);
    await use({
      url,
      databasePath,
      open: async (route = '') => {
        await page.goto(route ? `${url}#${route}` : url);
      },
    });
    await new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };
