import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hostContext } from '../host';
import { openDatabase } from '../open';
import { tempPath } from '../testing/temp-db';
import type { ApiContext } from './handlers';
import type { BackupInfo, BackupList, ClientSummary, ExportedFile, ImportReport, RestoreOutcome } from './contract';
import { dispatchAsync } from './dispatch';

const opened: ApiContext[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const ctx of opened.splice(0)) {
    // The whole-file check still reading the file would leave its own files in the folder.
    await ctx.integrity?.settled;
    if (ctx.db.open) ctx.db.close();
  }
});

function host(file = tempPath()): ApiContext {
  const ctx = hostContext(openDatabase(file), {
    file,
    actor: 'Jo Park',
    appVersion: 'test',
    automaticBackup: false,
  });
  opened.push(ctx);
  return ctx;
}

async function value<T>(ctx: ApiContext, op: string, input: unknown = {}): Promise<T> {
  const result = await dispatchAsync(ctx, op, input);
  if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
  return result.value as T;
}

async function refusal(ctx: ApiContext, op: string, input: unknown): Promise<string> {
  const result = await dispatchAsync(ctx, op, input);
  if (result.ok) throw new Error(`${op} was accepted`);
  return result.error.message;
}

const names = async (ctx: ApiContext) =>
  (await value<ClientSummary[]>(ctx, 'clients.list', { includeArchived: true })).map((c) => c.givenName).sort();

describe('backups through the API', () => {
  it('backs up now, lists it, shows what it holds, and restores it, keeping a copy of what was there', async () => {
    const ctx = host();
    await value(ctx, 'clients.create', { givenName: 'Maya', familyName: 'Okafor' });
    const made = await value<BackupInfo>(ctx, 'backups.create');
    expect(made.kind).toBe('manual');
    await value(ctx, 'clients.create', { givenName: 'Ben', familyName: 'Lee' });

    const list = await value<BackupList>(ctx, 'backups.list');
    expect(list.folder).toBe(path.join(path.dirname(ctx.databasePath), 'knotbook-backups'));
    expect(list.backups.map((b) => b.name)).toEqual([made.name]);
    expect(await value(ctx, 'backups.inspect', { name: made.name })).toMatchObject({ clients: 1, sessions: 0 });

    const restored = await value<RestoreOutcome>(ctx, 'backups.restore', { name: made.name });
    expect(restored).toMatchObject({ restoredFrom: made.name, clients: 1 });
    expect(await names(ctx)).toEqual(['Maya']);
    // The database as it was just before (with Ben) is kept in the folder.
    const after = await value<BackupList>(ctx, 'backups.list');
    const safety = after.backups.find((b) => b.name === restored.safetyCopy);
    expect(safety?.kind).toBe('before-restore');
    expect(await value(ctx, 'backups.inspect', { name: safety?.name })).toMatchObject({ clients: 2 });
    // and the app goes on working on the restored file
    await value(ctx, 'clients.create', { givenName: 'Cy' });
    expect(await names(ctx)).toEqual(['Cy', 'Maya']);
  });

  it('makes an encrypted backup that opens only with its passphrase', async () => {
    const ctx = host();
    await value(ctx, 'clients.create', { givenName: 'Maya' });
    const made = await value<BackupInfo>(ctx, 'backups.createEncrypted', { passphrase: 'correct horse battery' });
    expect(made).toMatchObject({ kind: 'encrypted' });
    expect(made.name).toMatch(/\.knbtbak$/);
    const file = path.join((await value<BackupList>(ctx, 'backups.list')).folder, made.name);
    expect(fs.readFileSync(file).includes(Buffer.from('Maya'))).toBe(false);

    expect(await refusal(ctx, 'backups.inspect', { name: made.name })).toMatch(/encrypted: enter its passphrase/);
    expect(await refusal(ctx, 'backups.inspect', { name: made.name, passphrase: 'wrong horse battery' })).toMatch(
      /passphrase is wrong/,
    );
    expect(await refusal(ctx, 'backups.createEncrypted', { passphrase: 'short' })).toMatch(/at least 8 characters/);
    await value(ctx, 'clients.create', { givenName: 'Ben' });
    await value(ctx, 'backups.restore', { name: made.name, passphrase: 'correct horse battery' });
    expect(await names(ctx)).toEqual(['Maya']);
    // No decrypted copy is left in the folder.
    const left = fs.readdirSync((await value<BackupList>(ctx, 'backups.list')).folder);
    expect(left.filter((name) => !name.startsWith('knotbook-'))).toEqual([]);
  });

  it('refuses a file in the folder that is not a sound backup, changing nothing, and goes on working', async () => {
    const ctx = host();
    await value(ctx, 'clients.create', { givenName: 'Maya' });
    const folder = (await value<BackupList>(ctx, 'backups.list')).folder;
    fs.mkdirSync(folder, { recursive: true });
    const name = 'knotbook-manual-2026-01-01T00-00-00Z.sqlite';
    fs.writeFileSync(path.join(folder, name), 'not a database at all\n'.repeat(100));
    const result = await dispatchAsync(ctx, 'backups.restore', { name });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await names(ctx)).toEqual(['Maya']);
    await value(ctx, 'clients.create', { givenName: 'Ben' });
    expect(await names(ctx)).toEqual(['Ben', 'Maya']);
  });

  it('refuses a name that is not one of its backups, and anything while a restore is under way', async () => {
    const ctx = host();
    expect(await refusal(ctx, 'backups.inspect', { name: '../knotbook.sqlite' })).toMatch(
      /not the name of a Knotbook backup/,
    );
    expect(await refusal(ctx, 'backups.restore', { name: 'knotbook-manual-2020-01-01T00-00-00Z.sqlite' })).toMatch(
      /no longer in the backups folder/,
    );
    ctx.busy = 'Knotbook is restoring a backup. Try again in a moment.';
    expect(await refusal(ctx, 'clients.list', {})).toMatch(/restoring a backup/);
  });
});

describe('export and import through the API', () => {
  it("exports a client's record as JSON that imports into another database, and as CSV files", async () => {
    // 23:30 local time on New Year's Eve: the files are named after that local day.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 31, 23, 30));
    const from = host();
    const maya = await value<{ id: string }>(from, 'clients.create', { givenName: 'Maya', familyName: 'Okafor' });
    await value(from, 'sessions.create', { clientId: maya.id });
    const json = await value<ExportedFile>(from, 'export.client', { clientId: maya.id, format: 'json' });
    expect(json).toMatchObject({
      kind: 'json',
      fileName: 'knotbook-maya-okafor-2026-12-31.json',
    });
    expect(JSON.parse(json.kind === 'json' ? json.text : '{}')).toMatchObject({
      exportedAt: new Date(2026, 11, 31, 23, 30).toISOString(),
    });

    const to = host();
    const report = await value<ImportReport>(to, 'import.json', { text: json.kind === 'json' ? json.text : '' });
    expect(report.imported).toMatchObject({ clients: 1, sessions: 1 });
    expect(await names(to)).toEqual(['Maya']);

    const csv = await value<ExportedFile>(from, 'export.all', { format: 'csv' });
    expect(csv.kind === 'csv' && csv.files.map((f) => f.name)).toContain('clients.csv');
    expect(csv.fileName).toBe('knotbook-everything-2026-12-31.csv.zip');
    expect(await refusal(to, 'import.json', { text: 'not json at all' })).toMatch(/not JSON/);
  });
});
