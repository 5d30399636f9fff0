import fs from 'node:fs';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../db/api/handlers';
import { inspectBackup } from '../db/backup';
import { hostContext } from '../db/host';
import { openDatabase } from '../db/open';
import { createClient, EMPTY_CLIENT } from '../db/queries/clients';
import { ACTOR, tempPath } from '../db/testing/temp-db';
import { BACKUP_DIALOG_MESSAGES, chooseBackupFile, saveBackupAs, type BackupDialogDeps } from './backup-dialogs';

const ours = { senderFrame: { url: 'app://knotbook/index.html', parent: null } } as unknown as IpcMainInvokeEvent;
const foreign = { senderFrame: { url: 'https://example.com/', parent: null } } as unknown as IpcMainInvokeEvent;
const contexts: ApiContext[] = [];
afterEach(() => {
  for (const ctx of contexts.splice(0)) if (ctx.db.open) ctx.db.close();
});

function setup(answer: { save?: string | null; open?: string | null }) {
  const file = tempPath();
  const ctx = hostContext(openDatabase(file), { file, actor: ACTOR, appVersion: 'test', automaticBackup: false });
  contexts.push(ctx);
  createClient(ctx.db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Maya' });
  const documents = path.join(path.dirname(file), 'Documents');
  fs.mkdirSync(documents);
  const deps: BackupDialogDeps = {
    context: () => ctx,
    showSaveDialog: () =>
      Promise.resolve(answer.save ? { canceled: false, filePath: answer.save } : { canceled: true }),
    showOpenDialog: () =>
      Promise.resolve(answer.open ? { canceled: false, filePaths: [answer.open] } : { canceled: true, filePaths: [] }),
    documentsDir: () => documents,
  };
  return { ctx, deps, documents };
}

describe('backups to and from files the therapist chooses', () => {
  it('saves a checked backup where the therapist chose, adding .sqlite when the dialog left it off', async () => {
    const target = path.join(path.dirname(tempPath()), 'usb', 'monday');
    fs.mkdirSync(path.dirname(target));
    const { deps } = setup({ save: target });
    expect(await saveBackupAs(ours, deps)).toEqual({ status: 'saved', filePath: `${target}.sqlite` });
    expect(await inspectBackup(`${target}.sqlite`)).toMatchObject({ ok: true, clients: 1 });
  });

  it('copies a chosen backup into the backups folder, for the page to restore by name', async () => {
    const source = path.join(path.dirname(tempPath()), 'from-usb.sqlite');
    const first = setup({ save: source });
    await saveBackupAs(ours, first.deps);
    const { ctx, deps } = setup({ open: source });
    const chosen = await chooseBackupFile(ours, deps);
    expect(chosen).toMatchObject({ status: 'chosen', name: expect.stringMatching(/^knotbook-manual-.*\.sqlite$/) });
    const copied = path.join(path.dirname(ctx.databasePath), 'knotbook-backups', (chosen as { name: string }).name);
    expect(fs.readFileSync(copied)).toEqual(fs.readFileSync(source));
  });

  it('refuses a file that is not a backup, a cancelled dialog changes nothing, and other windows are refused', async () => {
    const notes = path.join(path.dirname(tempPath()), 'notes.sqlite');
    fs.writeFileSync(notes, 'my notes');
    const { deps, ctx } = setup({ open: notes });
    expect(await chooseBackupFile(ours, deps)).toEqual({ status: 'error', message: BACKUP_DIALOG_MESSAGES.notBackup });
    expect(fs.existsSync(path.join(path.dirname(ctx.databasePath), 'knotbook-backups'))).toBe(false);
    const cancelled = setup({});
    expect(await saveBackupAs(ours, cancelled.deps)).toEqual({ status: 'cancelled' });
    expect(await chooseBackupFile(ours, cancelled.deps)).toEqual({ status: 'cancelled' });
    expect(await saveBackupAs(foreign, deps)).toEqual({ status: 'error', message: BACKUP_DIALOG_MESSAGES.refused });
  });
});
