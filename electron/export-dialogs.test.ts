import fs from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { EXPORT_PROGRESS_CHANNEL, type ExportFileProgress } from '../db/api/bridge';
import type { ApiContext } from '../db/api/handlers';
import { toJsonText, exportAll } from '../db/export';
import { addMarks } from '../db/export/stream-testing';
import { hostContext } from '../db/host';
import { withIdSources } from '../db/ids';
import { openDatabase } from '../db/open';
import { createClient, EMPTY_CLIENT } from '../db/queries/clients';
import { createSession } from '../db/queries/sessions';
import { ACTOR, tempPath } from '../db/testing/temp-db';
import {
  EXPORT_DIALOG_MESSAGES,
  exportToChosenFile,
  importFromChosenFile,
  type ExportDialogDeps,
  type ImportMemory,
} from './export-dialogs';

const AT = new Date('2026-11-21T08:30:00.000Z');
const contexts: ApiContext[] = [];
afterEach(() => {
  for (const ctx of contexts.splice(0)) if (ctx.db.open) ctx.db.close();
});

/** A page's IPC event: our window (or another's), recording what main sends back to it. */
function pageEvent(url = 'app://knotbook/index.html') {
  const sent: [string, ExportFileProgress][] = [];
  const event = {
    senderFrame: { url, parent: null },
    sender: {
      isDestroyed: () => false,
      send: (channel: string, progress: ExportFileProgress) => sent.push([channel, progress]),
    },
  } as unknown as IpcMainInvokeEvent;
  return { event, sent };
}

function setup(answer: { save?: string | null; open?: string | null }, marks = 0) {
  const file = tempPath();
  const ctx = hostContext(openDatabase(file), { file, actor: ACTOR, appVersion: 'test', automaticBackup: false });
  contexts.push(ctx);
  const client = createClient(ctx.db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Maya', familyName: 'Okafor' });
  if (marks > 0) addMarks(ctx.db, createSession(ctx.db, ACTOR, { clientId: client.id }).id, marks, 200);
  const documents = path.join(path.dirname(file), 'Documents');
  fs.mkdirSync(documents);
  const dialogs: string[] = [];
  const deps: ExportDialogDeps = {
    context: () => ctx,
    showSaveDialog: (options) => {
      dialogs.push(`save ${options.defaultPath ?? ''}`);
      return Promise.resolve(answer.save ? { canceled: false, filePath: answer.save } : { canceled: true });
    },
    showOpenDialog: () => {
      dialogs.push('open');
      return Promise.resolve(
        answer.open ? { canceled: false, filePaths: [answer.open] } : { canceled: true, filePaths: [] },
      );
    },
    documentsDir: () => documents,
    now: () => AT,
  };
  return { ctx, deps, documents, dialogs, client };
}

describe('export and import through files the therapist chooses', () => {
  it('writes everything where the therapist chose, sending progress, and returns only the name and counts', async () => {
    const target = path.join(path.dirname(tempPath()), 'everything.json');
    const { ctx, deps, dialogs, documents } = setup({ save: target }, 3000);
    const { event, sent } = pageEvent();
    const result = await exportToChosenFile(event, { format: 'json' }, deps);

    const expected = withIdSources({ now: () => AT.toISOString() }, () => toJsonText(exportAll(ctx.db)));
    expect(fs.readFileSync(target, 'utf8')).toBe(expected);
    const total = sent.at(-1)?.[1].totalRows ?? 0;
    expect(result).toEqual({
      status: 'saved',
      fileName: 'everything.json',
      rows: total,
      bytes: Buffer.byteLength(expected),
    });
    // The name offered: in Documents, the export's local day, no path from the page.
    expect(dialogs).toEqual([`save ${path.join(documents, `knotbook-everything-${format(AT, 'yyyy-MM-dd')}.json`)}`]);
    expect(sent.length).toBeGreaterThan(2);
    expect(sent.every(([channel]) => channel === EXPORT_PROGRESS_CHANNEL)).toBe(true);
    expect(sent.at(-1)?.[1]).toEqual({ rows: total, totalRows: total });
    expect(total).toBeGreaterThan(3000);
  });

  it('writes CSV files in a zip, adding .zip when the dialog left it off', async () => {
    const target = path.join(path.dirname(tempPath()), 'monday');
    const { deps } = setup({ save: target });
    const result = await exportToChosenFile(pageEvent().event, { format: 'csv' }, deps);
    expect(result).toMatchObject({ status: 'saved', fileName: 'monday.zip' });
    expect(fs.readFileSync(`${target}.zip`).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes nothing when cancelled, and refuses other windows, odd requests and exports during a restore', async () => {
    const { ctx, deps, documents } = setup({});
    const folder = path.dirname(ctx.databasePath);
    const before = fs.readdirSync(folder).sort();
    expect(await exportToChosenFile(pageEvent().event, { format: 'json' }, deps)).toEqual({ status: 'cancelled' });
    expect(fs.readdirSync(folder).sort()).toEqual(before);
    expect(fs.readdirSync(documents)).toEqual([]);

    const foreign = pageEvent('https://example.com/');
    expect(await exportToChosenFile(foreign.event, { format: 'json' }, deps)).toEqual({
      status: 'error',
      message: EXPORT_DIALOG_MESSAGES.refused,
    });
    expect(foreign.sent).toEqual([]);
    const odd = { status: 'error', message: EXPORT_DIALOG_MESSAGES.badRequest };
    expect(await exportToChosenFile(pageEvent().event, { format: 'xml' }, deps)).toEqual(odd);
    expect(await exportToChosenFile(pageEvent().event, { format: 'json', file: '/etc/x' }, deps)).toEqual(odd);
    expect(await importFromChosenFile(foreign.event, {}, deps, {})).toEqual({
      status: 'error',
      message: EXPORT_DIALOG_MESSAGES.refused,
    });

    ctx.busy = 'Knotbook is restoring a backup. Try again in a moment.';
    expect(await exportToChosenFile(pageEvent().event, { format: 'json' }, deps)).toEqual({
      status: 'error',
      message: ctx.busy,
    });
  });

  it('stops an export when a backup is restored, saving nothing', async () => {
    const target = path.join(path.dirname(tempPath()), 'everything.json');
    const { ctx, deps } = setup({ save: target }, 6000);
    const { event, sent } = pageEvent();
    let restored = false;
    const exporting = exportToChosenFile(event, { format: 'json' }, deps);
    // Once the first piece is written, a restore begins: it waits for the export to stop first.
    await new Promise<void>((resolve) => {
      const wait = () => (sent.length > 0 ? resolve() : setImmediate(wait));
      wait();
    });
    const reopening = ctx.reopen?.(() => {
      restored = true;
      return Promise.resolve();
    });
    expect(await exporting).toMatchObject({ status: 'error', message: expect.stringContaining('stopped') });
    await reopening;
    expect(restored).toBe(true);
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
  });

  it('imports the file chosen, then the same file again with its settings, without asking twice', async () => {
    const exported = path.join(path.dirname(tempPath()), 'from-other.json');
    const first = setup({ save: exported });
    await exportToChosenFile(pageEvent().event, { format: 'json' }, first.deps);

    const { ctx, deps, dialogs } = setup({ open: exported });
    const memory: ImportMemory = {};
    const imported = await importFromChosenFile(pageEvent().event, {}, deps, memory);
    expect(imported).toMatchObject({
      status: 'imported',
      fileName: 'from-other.json',
      report: { imported: { clients: 1 } },
    });
    const again = await importFromChosenFile(pageEvent().event, { settings: 'replace', sameFile: true }, deps, memory);
    expect(again).toMatchObject({ status: 'imported', report: { alreadyPresent: { clients: 1 } } });
    expect(dialogs).toEqual(['open']);
    expect(ctx.db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(2);

    const notJson = path.join(path.dirname(exported), 'notes.json');
    fs.writeFileSync(notJson, 'my notes');
    const refused = await importFromChosenFile(pageEvent().event, {}, setup({ open: notJson }).deps, {});
    expect(refused).toEqual({ status: 'error', message: expect.stringContaining('not a Knotbook export') });
    expect(await importFromChosenFile(pageEvent().event, {}, setup({}).deps, {})).toEqual({ status: 'cancelled' });
  });
});
