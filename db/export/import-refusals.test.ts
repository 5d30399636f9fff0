import { describe, expect, it } from 'vitest';
import { openTestApi } from '../testing/api';
import { ACTOR } from '../testing/temp-db';
import { exportAll, exportClient, toJsonText } from './export';
import { importJson } from './import';
import { makeClientRecord, refusedMessage, setUpPractice } from './testing';

const UNKNOWN_ID = '01900000-0000-7000-8000-00000000abcd';

function recorded() {
  const api = openTestApi();
  setUpPractice(api);
  const maya = makeClientRecord(api);
  /** A fresh copy of Maya's export, as a file read back from disk, to spoil. */
  const file = () =>
    JSON.parse(toJsonText(exportClient(api.db, maya.client.id))) as Record<string, unknown> & {
      tables: Record<string, Record<string, unknown>[]>;
    };
  return { ...api, maya, file };
}

type ExportFile = ReturnType<ReturnType<typeof recorded>['file']>;

/** Row `index` of a table of the file (throws when there is none, so a test cannot pass vacuously). */
function row(data: ExportFile, table: string, index: number): Record<string, unknown> {
  const found = data.tables[table]?.[index];
  if (!found) throw new Error(`no ${table} row ${index + 1}`);
  return found;
}

describe('an import that conflicts with what the database holds', () => {
  it('is refused whole when one field of the client differs, naming the client', () => {
    const { db, maya, file } = recorded();
    const data = file();
    const client = data.tables.clients?.[0];
    if (!client) throw new Error('no client');
    client.phone = '555 9999';
    expect(refusedMessage(db, data)).toBe(
      `Client 'Maya Okafor' (id ${maya.client.id}) already exists with different details (phone): nothing was imported.`,
    );
  });

  it('names the first record that differs and counts the others', () => {
    const { db, maya, file } = recorded();
    const data = file();
    // The second visit is a draft: the first is signed (signed-records.test.ts).
    const second = data.tables.sessions?.find((s) => s.id === maya.second.id);
    const mark = data.tables.marks?.find((m) => m.id === maya.again.id);
    if (!second || !mark) throw new Error('no draft visit');
    second.subjective = 'Changed after the export';
    second.duration_minutes = 45;
    mark.tenderness = 2;
    row(data, 'clients', 0).phone = '555 9999';
    const message = refusedMessage(db, data);
    expect(message).toBe(
      `Client 'Maya Okafor' (id ${maya.client.id}) already exists with different details (phone): nothing was imported. 2 other records differ too.`,
    );
  });

  it('is refused in another database that already has a record with the same id, and adds nothing there', () => {
    const { maya, file } = recorded();
    const data = file();
    const target = openTestApi();
    importJson(target.db, data, ACTOR);
    target.call('clients.update', { id: maya.client.id, familyName: 'Okafor-Reyes' });
    expect(refusedMessage(target.db, file())).toMatch(/^Client 'Maya Okafor' .* \(family_name, updated_at\): nothing/);
  });
});

describe('a file that does not fit the format', () => {
  const cases: [string, (data: ExportFile) => unknown, string | RegExp][] = [
    [
      'a table left out',
      (data) => {
        delete data.tables.marks;
        return data;
      },
      'The marks table is missing. Nothing was imported.',
    ],
    [
      'a number given as text',
      (data) => {
        row(data, 'sessions', 0).pain_before = 'six';
        return data;
      },
      'sessions row 1: pain_before must be a whole number from 0 to 10, or null. Nothing was imported.',
    ],
    [
      'a pain score out of range',
      (data) => {
        row(data, 'sessions', 1).pain_before = 11;
        return data;
      },
      'sessions row 2: pain_before must be from 0 to 10. Nothing was imported.',
    ],
    [
      'an unknown kind of mark',
      (data) => {
        row(data, 'marks', 2).kind = 'knot';
        return data;
      },
      'marks row 3: kind must be one of: trigger_point, satellite, tender_point, note_pin. Nothing was imported.',
    ],
    [
      'a session whose client is missing',
      (data) => {
        row(data, 'sessions', 1).client_id = UNKNOWN_ID;
        return data;
      },
      'sessions row 2: client_id points to a client that is neither in the file nor in this database. Nothing was imported.',
    ],
    [
      'a column left out',
      (data) => {
        delete row(data, 'clients', 0).email;
        return data;
      },
      'clients row 1: email is missing. Nothing was imported.',
    ],
    [
      'a column Knotbook does not know',
      (data) => {
        row(data, 'clients', 0).nickname = 'May';
        return data;
      },
      'clients row 1 has a column Knotbook does not know: nickname. Nothing was imported.',
    ],
    [
      'a table Knotbook does not know',
      (data) => {
        data.tables.invoices = [];
        return data;
      },
      'The file has a table Knotbook does not know: invoices. Nothing was imported.',
    ],
    [
      'a Neck Disability Index with nine answers',
      (data) => {
        row(data, 'sessions', 0).ndi = [1, 2, 1, 0, null, 2, 1, 1, 0];
        return data;
      },
      'sessions row 1: ndi must hold 10 answers. Nothing was imported.',
    ],
    [
      'a signed session without a signature',
      (data) => {
        row(data, 'sessions', 0).signed_by = null;
        return data;
      },
      /^sessions row 1: status is "signed", but a signed session has both signed_by and signed_at/,
    ],
    [
      'a real date that is not on the calendar',
      (data) => {
        row(data, 'clients', 0).date_of_birth = '1984-02-30';
        return data;
      },
      'clients row 1: date_of_birth must be a real date such as 1984-03-21. Nothing was imported.',
    ],
    [
      'a time that is not a time',
      (data) => {
        row(data, 'handouts', 0).given_at = 'yesterday';
        return data;
      },
      'handouts row 1: given_at must be a date and time such as 2026-03-21T09:30:00.000Z. Nothing was imported.',
    ],
    [
      'a yes/no written as true',
      (data) => {
        row(data, 'marks', 0).jump_sign = true;
        return data;
      },
      'marks row 1: jump_sign must be 0 (no), 1 (yes) or null. Nothing was imported.',
    ],
    [
      'a point of a zone off the chart, deep inside a JSON column',
      (data) => {
        row(data, 'referral_zones', 0).points = [
          [0.6, 0.05],
          [1.5, 0.08],
          [0.63, 0.12],
        ];
        return data;
      },
      'referral_zones row 1: points item 2 item 1 must be from 0 to 1. Nothing was imported.',
    ],
    [
      'the same record twice',
      (data) => {
        data.tables.amendments?.push({ ...data.tables.amendments[0] });
        return data;
      },
      'amendments rows 1 and 2 are the same record (id). Nothing was imported.',
    ],
    [
      'a built-in exercise',
      (data) => {
        row(data, 'exercises', 0).built_in = 1;
        return data;
      },
      /^exercises row 1: built_in must be 0: Knotbook’s built-in exercises are not exported/,
    ],
    [
      'a scope naming a client not in the file',
      (data) => ({ ...data, scope: { kind: 'client', clientId: UNKNOWN_ID } }),
      'This file says it holds one client’s record, but that client is not in it. Nothing was imported.',
    ],
    [
      'a newer export format',
      (data) => ({ ...data, formatVersion: 4, tables: 'whatever a later Knotbook writes' }),
      'This file was made by a newer version of Knotbook (export format 4; this Knotbook reads format 3). Update Knotbook, then import it again. Nothing was imported.',
    ],
    [
      'a newer database version',
      (data) => ({ ...data, appSchemaVersion: 9 }),
      'This file was exported from a newer version of Knotbook (database version 9; this one is 8). Update Knotbook, then import it again. Nothing was imported.',
    ],
    ['a list instead of an export', () => [], 'This file is not a Knotbook export. Nothing was imported.'],
    ['text instead of an export', () => 'hello', 'This file is not a Knotbook export. Nothing was imported.'],
    [
      'another program’s JSON',
      () => ({ version: 1, items: [] }),
      'This file is not a Knotbook export. Nothing was imported.',
    ],
  ];

  for (const [name, spoil, message] of cases) {
    it(`is refused in plain words, changing nothing: ${name}`, () => {
      const { db, file } = recorded();
      const target = openTestApi();
      expect(refusedMessage(target.db, spoil(file()))).toMatch(message);
      expect(refusedMessage(db, spoil(file()))).toMatch(message);
    });
  }

  it('lists the first few problems and counts the rest', () => {
    const { file } = recorded();
    const data = file();
    for (const mark of data.tables.marks ?? []) {
      mark.x = 2;
      mark.y = -1;
    }
    const target = openTestApi();
    expect(refusedMessage(target.db, data)).toBe(
      'marks row 1: x must be from 0 to 1. marks row 1: y must be from 0 to 1. marks row 2: x must be from 0 to 1. ' +
        'And 3 more problems. Nothing was imported.',
    );
  });

  it('names fewer problems when each takes many words, so the refusal stays short', () => {
    const { file } = recorded();
    const data = file();
    const [session] = data.tables.sessions ?? [];
    Object.assign(session!, { perpetuating_factors: ['standing desk', 'cold draughts'] });
    const target = openTestApi();
    const message = refusedMessage(target.db, data);
    expect(message).toMatch(
      /^sessions row 1: perpetuating_factors item 1 must be one of: forward_head, .* or one of \d+ more\. And 1 more problem\. Nothing was imported\.$/,
    );
    expect(message.length).toBeLessThanOrEqual(300);
  });

  it('refuses a setting Knotbook does not know in an export of everything', () => {
    const { db } = recorded();
    const data = JSON.parse(toJsonText(exportAll(db))) as { tables: { settings: Record<string, unknown>[] } };
    data.tables.settings.push({ key: 'theme', value: 'dark', updated_at: '2026-03-01T00:00:00.000Z' });
    const target = openTestApi();
    expect(refusedMessage(target.db, data)).toBe(
      'settings row 4: key must be one of: practitioner, practice, quickPhrases, paperSize. Nothing was imported.',
    );
  });
});
