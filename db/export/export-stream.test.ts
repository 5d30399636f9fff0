import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFileOwner } from '../backup/names';
import { withIdSources } from '../ids';
import { openTestApi } from '../testing/api';
import { tempPath } from '../testing/temp-db';
import { exportAll, exportClient, toJsonText } from './export';
import type { ExportProgress } from './export-file';
import { writeExportJson } from './export-stream';
import { TABLE_NAMES } from './format';
import { addMarks } from './stream-testing';
import { makeClientRecord, setUpPractice } from './testing';

const AT = new Date('2026-11-21T08:30:00.000Z');
/** The export held whole, made at the same time as the streamed one. */
const wholeText = <T>(make: () => T) => withIdSources({ now: () => AT.toISOString() }, make);

function practice() {
  const api = openTestApi();
  setUpPractice(api);
  const maya = makeClientRecord(api);
  const sam = makeClientRecord(api, 'Sam', 'Lee "Sammy", =1+1');
  const builtIn = maya.builtIn;
  api.call('exercises.setHidden', { id: builtIn.id, hidden: true });
  return { ...api, maya, sam };
}

const ourTempFiles = (folder: string) => fs.readdirSync(folder).filter((name) => name.endsWith('.partial'));

describe('writing the JSON export piece by piece', () => {
  it('writes the same bytes as the export held whole, for everything and for one client', async () => {
    const { db, maya } = practice();
    // Enough chart points for many pieces, with text a writer must escape.
    addMarks(db, maya.second.id, 4000, 120);
    const everything = tempPath('everything.json');
    const summary = await writeExportJson(db, { kind: 'all' }, everything, { now: AT });
    const expected = wholeText(() => toJsonText(exportAll(db)));
    expect(fs.readFileSync(everything, 'utf8')).toBe(expected);
    expect(summary).toEqual({
      file: everything,
      bytes: Buffer.byteLength(expected),
      rows: TABLE_NAMES.reduce((n, t) => n + (exportAll(db).tables[t]?.length ?? 0), 0),
      exportedAt: AT.toISOString(),
    });

    const one = tempPath('maya.json');
    await writeExportJson(db, { kind: 'client', clientId: maya.client.id }, one, { now: AT });
    expect(fs.readFileSync(one, 'utf8')).toBe(wholeText(() => toJsonText(exportClient(db, maya.client.id))));
    expect(ourTempFiles(path.dirname(one))).toEqual([]);
  });

  it('writes empty tables as the whole export does', async () => {
    const { db } = openTestApi();
    const file = tempPath('empty.json');
    await writeExportJson(db, { kind: 'all' }, file, { now: AT });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toBe(wholeText(() => toJsonText(exportAll(db))));
    expect(text).toContain('"clients": []');
  });

  it('reports rows written of the rows counted first, ending with all of them', async () => {
    const { db, maya } = practice();
    addMarks(db, maya.second.id, 5000, 200);
    const reports: ExportProgress[] = [];
    const file = tempPath('My export.json');
    const writing = new Set<string>();
    const summary = await writeExportJson(db, { kind: 'all' }, file, {
      now: AT,
      onProgress: (progress) => {
        reports.push(progress);
        for (const name of fs.readdirSync(path.dirname(file))) writing.add(name);
      },
    });
    // Meanwhile only a temporary file the start-up cleaning knows as this process's, whatever the name chosen.
    const [temp, ...others] = [...writing].filter((name) => name !== 'My export.json');
    expect(others).toEqual([]);
    expect(temp && tempFileOwner(temp)).toEqual({ pid: process.pid });
    expect(reports.length).toBeGreaterThan(3);
    expect(new Set(reports.map((r) => r.totalRows))).toEqual(new Set([summary.rows]));
    const rows = reports.map((r) => r.rows);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(reports.at(-1)).toEqual({ rows: summary.rows, totalRows: summary.rows });
  });

  it('lets the app read and write meanwhile, and exports the records as they were when it began', async () => {
    const { db, call, maya } = practice();
    addMarks(db, maya.second.id, 5000, 200);
    const before = wholeText(() => toJsonText(exportAll(db)));
    const file = tempPath('all.json');
    const added: string[] = [];
    await writeExportJson(db, { kind: 'all' }, file, {
      now: AT,
      onProgress: () => {
        // Between two pieces, in the middle of the chart points: the app's connection answers.
        if (added.length < 2) added.push(call('clients.create', { givenName: `Late ${added.length}` }).id);
        expect(call('clients.get', { id: maya.client.id }).id).toBe(maya.client.id);
      },
    });
    expect(added).toHaveLength(2);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(exportAll(db).tables.clients.map((c) => c.id)).toEqual(expect.arrayContaining(added));
  });

  it('leaves no file when stopped, and none when the folder cannot be written', async () => {
    const { db, maya } = practice();
    addMarks(db, maya.second.id, 5000, 200);
    const file = tempPath('stopped.json');
    const stop = new AbortController();
    await expect(
      writeExportJson(db, { kind: 'all' }, file, { now: AT, signal: stop.signal, onProgress: () => stop.abort() }),
    ).rejects.toThrow('The export was stopped before it finished, so no file was saved.');
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);

    const nowhere = path.join(path.dirname(file), 'no such folder', 'all.json');
    await expect(writeExportJson(db, { kind: 'all' }, nowhere, { now: AT })).rejects.toThrow(
      /Knotbook could not write in the folder .*no such folder.*, so it could not save the export\./,
    );
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });

  it('never writes over the database it reads, and refuses a client that is not there', async () => {
    const { db } = practice();
    const before = fs.readFileSync(db.name);
    await expect(writeExportJson(db, { kind: 'all' }, db.name, { now: AT })).rejects.toThrow(
      'An export cannot replace the Knotbook file it is made from.',
    );
    expect(fs.readFileSync(db.name).equals(before)).toBe(true);
    await expect(
      writeExportJson(db, { kind: 'client', clientId: '0190a3f2-0000-7000-8000-000000000000' }, tempPath('x.json'), {
        now: AT,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
