/**
 * A killed Knotbook never loses an acknowledged edit and never corrupts the file:
 * run the real `serve` process, save through it, kill it without warning, reopen the file.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { listClients } from './queries/clients';
import { startServe } from '../tests/support/serve';
import { tempPath, track } from './testing/temp-db';

describe('durability', () => {
  it('keeps every acknowledged client after the process is killed', async () => {
    const file = tempPath();
    const serve = await startServe(file);
    for (let i = 1; i <= 25; i++) {
      expect((await serve.call('clients.create', { givenName: `Client ${i}` })).ok).toBe(true);
    }
    await serve.stop('SIGKILL');
    const db = track(openDatabase(file));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(listClients(db, { includeArchived: true })).toHaveLength(25);
  });
});
