/**
 * Signed means signed on the import's path too: the refusals of an import that would add to,
 * leave out of, or differ from a signed session and what is locked with it (its chart points,
 * referral zones, points to re-assess, home-care plan and points to press), or that would add an
 * amendment to a session already here. The app itself still adds handouts to a signed session
 * (giving home care does not change the note), so an import may too.
 *
 * A session counts as signed when this database has it signed, or when the file does and the
 * database has it at all (then it differs, which is refused too). A session the database does not
 * have is added whole, signed or not, with everything that belongs to it.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';
import type { Belonging, ImportPlan, SessionFacts } from './import-plan';
import { NOTHING_IMPORTED } from './import-checks';
import { canonical, describeRow, KEYS, rowsOf, SIGNED_WITH_SESSION, type AnyRow, type RecordTable } from './tables';
import type { KnotbookExport } from './format';

const NEVER_CHANGE = `Signed records never change. ${NOTHING_IMPORTED}`;

/** A row named as the object of a sentence: "a Trigger point on the Upper trapezius (id …)". */
export function objectWords(table: RecordTable, row: AnyRow): string {
  const words = describeRow(table, row);
  if (table === 'marks') return `a ${words}`;
  return /^(A|An|The) /.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}

const refuse = (message: string) => new AppError('read_only', message);

function sessionWords(facts: SessionFacts): string {
  return describeRow('sessions', facts.row);
}

/** The session of a row when it is signed (here, or in the file while it is here too), or null. */
function signedSession(belonging: Belonging, table: RecordTable, row: AnyRow): SessionFacts | null {
  const sessionId = belonging.sessionOf(table, row);
  if (sessionId === null) return null;
  const here = belonging.sessionHere(sessionId);
  if (!here) return null;
  if (here.signed) return here;
  return belonging.sessionInFile(sessionId)?.signed ? here : null;
}

/** A row that differs from the database's, where it belongs to a signed session. */
function checkChanges(belonging: Belonging, plan: ImportPlan): void {
  for (const { table, row, columns } of plan.conflicts) {
    const session = signedSession(belonging, table, row);
    if (!session) continue;
    const which = `(${columns.join(', ')})`;
    if (table !== 'sessions') {
      throw refuse(
        `${sessionWords(session)} is signed; this file changes ${objectWords(table, row)} of it ${which}. ${NEVER_CHANGE}`,
      );
    }
    if (session.signed)
      throw refuse(`${sessionWords(session)} is signed; this file changes it ${which}. ${NEVER_CHANGE}`);
    throw refuse(
      `${sessionWords(session)} is a draft here, but this file has it signed ${which}. Sign it in Knotbook itself: an import never changes a record already here. ${NOTHING_IMPORTED}`,
    );
  }
}

/** A row to add to a signed session that is already here. */
function checkAdditions(belonging: Belonging, plan: ImportPlan): void {
  for (const table of SIGNED_WITH_SESSION) {
    for (const row of plan.tables[table].rows) {
      const session = signedSession(belonging, table, row);
      if (session) {
        throw refuse(
          `${sessionWords(session)} is signed; this file adds ${objectWords(table, row)} to it. ${NEVER_CHANGE}`,
        );
      }
    }
  }
}

/** What this database holds of a session, per table locked with it (keys as the file's rows give them). */
const HELD_BY_SESSION: Record<(typeof SIGNED_WITH_SESSION)[number], string> = {
  marks: 'SELECT * FROM marks WHERE session_id = ?',
  referral_zones: 'SELECT z.* FROM referral_zones z JOIN marks m ON m.id = z.mark_id WHERE m.session_id = ?',
  reassessments: 'SELECT * FROM reassessments WHERE session_id = ?',
  home_care_plan_items: 'SELECT * FROM home_care_plan_items WHERE session_id = ?',
  home_care_points: 'SELECT * FROM home_care_points WHERE session_id = ?',
};

const keyOf = (table: RecordTable, row: AnyRow) => canonical(KEYS[table].map((k) => row[k]));

/** A signed session the file holds whose locked rows here the file leaves out. */
function checkLeftOut(db: Database, file: KnotbookExport, belonging: Belonging): void {
  const keysInFile = new Map(
    SIGNED_WITH_SESSION.map((table) => [table, new Set(rowsOf(file, table).map((row) => keyOf(table, row)))]),
  );
  const held = SIGNED_WITH_SESSION.map((table) => ({ table, select: db.prepare(HELD_BY_SESSION[table]) }));
  for (const row of rowsOf(file, 'sessions')) {
    const here = belonging.sessionHere(String(row.id));
    if (!here?.signed) continue;
    for (const { table, select } of held) {
      for (const stored of select.iterate(row.id) as Iterable<AnyRow>) {
        if (keysInFile.get(table)?.has(keyOf(table, stored))) continue;
        throw refuse(
          `${sessionWords(here)} is signed; this file leaves out ${objectWords(table, stored)} of it. ${NEVER_CHANGE}`,
        );
      }
    }
  }
}

/** An amendment is history: added in Knotbook to a session here, never by an import. */
function checkAmendments(belonging: Belonging, plan: ImportPlan): void {
  for (const row of plan.tables.amendments.rows) {
    const session = belonging.sessionHere(String(row.session_id));
    if (!session) continue;
    throw refuse(
      `${sessionWords(session)} is already here; this file adds ${objectWords('amendments', row)} to it. An import never adds history to records already here: write the amendment in Knotbook itself. ${NOTHING_IMPORTED}`,
    );
  }
}

/**
 * Throws a refusal in plain words, naming the session and the record, when the import would
 * touch a signed session or add an amendment to a session already here.
 */
export function checkSignedRecords(db: Database, file: KnotbookExport, plan: ImportPlan, belonging: Belonging): void {
  checkChanges(belonging, plan);
  checkAdditions(belonging, plan);
  checkLeftOut(db, file, belonging);
  checkAmendments(belonging, plan);
}
