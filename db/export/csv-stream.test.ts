import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openTestApi } from '../testing/api';
import { tempPath } from '../testing/temp-db';
import { exportCsv } from './csv';
import { writeExportCsvZip } from './csv-stream';
import { exportAll, exportClient } from './export';
import { TABLE_NAMES } from './format';
import { addMarks } from './stream-testing';
import { makeClientRecord, setUpPractice } from './testing';

const AT = new Date('2026-11-21T08:30:00.000Z');

/** The zip's files as text (byte order mark kept), by name, in the zip's order. */
function unzipped(file: string): Map<string, string> {
  const files = Object.entries(unzipSync(fs.readFileSync(file)));
  return new Map(files.map(([name, bytes]) => [name, Buffer.from(bytes).toString('utf8')]));
}

const asFiles = (csv: Map<string, string>) => new Map([...csv].map(([table, text]) => [`${table}.csv`, text]));

function practice() {
  const api = openTestApi();
  setUpPractice(api);
  const maya = makeClientRecord(api);
  makeClientRecord(api, 'Sam', '=HYPERLINK("x")');
  // Several thousand chart points: many pieces of rows, with quotes, commas and line breaks.
  addMarks(api.db, maya.second.id, 4500, 150);
  return { ...api, maya };
}

describe('writing the CSV export into a zip piece by piece', () => {
  it('holds one file per table with the same text as the export held whole', async () => {
    const { db, maya } = practice();
    const everything = tempPath('everything.csv.zip');
    const summary = await writeExportCsvZip(db, { kind: 'all' }, everything, { now: AT });
    const files = unzipped(everything);
    expect([...files.keys()]).toEqual(TABLE_NAMES.map((t) => `${t}.csv`));
    expect(files).toEqual(asFiles(exportCsv(exportAll(db))));
    expect(summary.bytes).toBe(fs.statSync(everything).size);
    expect(summary.rows).toBe(TABLE_NAMES.reduce((n, t) => n + (exportAll(db).tables[t]?.length ?? 0), 0));

    const one = tempPath('maya.csv.zip');
    await writeExportCsvZip(db, { kind: 'client', clientId: maya.client.id }, one, { now: AT });
    expect(unzipped(one)).toEqual(asFiles(exportCsv(exportClient(db, maya.client.id))));
    expect(fs.readdirSync(path.dirname(one))).toEqual(['maya.csv.zip']);
  });

  it('compresses the text, and reports its progress to the last row', async () => {
    const { db } = practice();
    const file = tempPath('all.csv.zip');
    const reports: number[] = [];
    const summary = await writeExportCsvZip(db, { kind: 'all' }, file, {
      now: AT,
      onProgress: (progress) => reports.push(progress.rows),
    });
    const text = [...exportCsv(exportAll(db)).values()].join('');
    expect(summary.bytes).toBeLessThan(Buffer.byteLength(text) / 3);
    expect(reports.at(-1)).toBe(summary.rows);
    expect(reports).toEqual([...reports].sort((a, b) => a - b));
  });

  it('leaves no file when stopped', async () => {
    const { db } = practice();
    const file = tempPath('stopped.csv.zip');
    const stop = new AbortController();
    await expect(
      writeExportCsvZip(db, { kind: 'all' }, file, { now: AT, signal: stop.signal, onProgress: () => stop.abort() }),
    ).rejects.toThrow('The export was stopped before it finished');
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });
});
