/**
 * Test support for the streamed export: many chart points added at once by one SQL statement
 * (a recursive count, no JavaScript per row), so a test can make a practice larger than a memory
 * limit in seconds. Their text holds what a CSV or JSON writer must get right: quotes, commas,
 * line breaks, a formula-like start, accents and a line separator.
 */
import type Database from 'better-sqlite3';
import { openDatabase } from '../open';
import { createClient, EMPTY_CLIENT } from '../queries/clients';
import { createSession } from '../queries/sessions';

const TIME = '2026-03-02T22:30:00.000Z';

/** Adds `count` chart points to a draft session, each with a note of about `noteChars` characters. */
export function addMarks(db: Database.Database, sessionId: string, count: number, noteChars = 40): void {
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count)
     INSERT INTO marks (id, session_id, kind, view_id, artwork_version, x, y, muscle, activity, tenderness,
                        technique, referred_pain_where, note, created_at, updated_at, side, site_id)
     SELECT printf('%s-m%08d', @sessionId, i), @sessionId,
            CASE i % 3 WHEN 0 THEN 'trigger_point' WHEN 1 THEN 'tender_point' ELSE 'note_pin' END,
            'posterior', 1, (i % 1000) / 1000.0, ((i * 7) % 1000) / 1000.0,
            CASE i % 4 WHEN 0 THEN NULL WHEN 1 THEN '' ELSE 'upper trapezius' END,
            CASE i % 3 WHEN 0 THEN 'active' ELSE NULL END,
            i % 11, '', CASE i % 5 WHEN 0 THEN '=SUM(A1)' ELSE 'temple, "behind" the eye' END,
            substr(printf('Point %d: tight, "ropy"; worse at 5pm' || char(10) || 'Élan — ok' || char(8232) || '%s', i,
                          replace(hex(zeroblob(@noteChars)), '00', 'ab')), 1, @noteChars),
            @time, @time, CASE i % 2 WHEN 0 THEN 'left' ELSE 'right' END,
            printf('%s-m%08d', @sessionId, i)
       FROM n`,
  ).run({ count, sessionId, noteChars, time: TIME });
}

/**
 * A new Knotbook file at `file` holding one client with one draft session of `marks` chart
 * points, written in one transaction. Returns the session's id.
 */
export function makeLargePractice(file: string, marks: number, noteChars: number): string {
  const db = openDatabase(file);
  try {
    const client = createClient(db, 'test-therapist', { ...EMPTY_CLIENT, givenName: 'Maya', familyName: 'Okafor' });
    const session = createSession(db, 'test-therapist', { clientId: client.id });
    db.transaction(() => addMarks(db, session.id, marks, noteChars))();
    return session.id;
  } finally {
    db.close();
  }
}
