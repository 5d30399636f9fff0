/**
 * A killed Knotbook never loses an acknowledged edit and never corrupts the file:
 * run the real `serve` process, save through it, kill it without warning, reopen the file.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { listClients } from './queries/clients';
import { tempPath, track } from './testing/temp-db';

const root = path.resolve(import.meta.dirname, '..');

function startServe(file: string): Promise<{ url: URL; kill: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/serve.ts', '--db', file, '--port', '0', '--no-build'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (\S+)/.exec(out);
      if (match?.[1]) {
        resolve({
          url: new URL(match[1]),
          kill: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGKILL'))),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
  });
}

describe('durability', () => {
  it('keeps every acknowledged client after the process is killed', async () => {
    const file = tempPath();
    const serve = await startServe(file);
    const token = serve.url.searchParams.get('token');
    for (let i = 1; i <= 25; i++) {
      const res = await fetch(new URL('/api/call', serve.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ op: 'clients.create', input: { givenName: `Client ${i}` } }),
      });
      expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    }
    await serve.kill();
    const db = track(openDatabase(file));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(listClients(db, { includeArchived: true })).toHaveLength(25);
  });
});
