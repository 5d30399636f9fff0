/**
 * The hot queries' plans: each must find its rows through an index, never by scanning a big
 * table. A lost or renamed index fails here rather than in a busy clinic.
 */
import { describe, expect, it } from 'vitest';
import { openTempDb } from '../testing/temp-db';
import { PROGRESS_POINTS_SQL, PROGRESS_VISITS_SQL } from './progress';

function planOf(sql: string, params: unknown[] | Record<string, unknown> = []): string[] {
  const { db } = openTempDb();
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/** No full scan of the tables that grow with the practice. */
function expectNoScanOfBigTables(plan: string[]): void {
  for (const step of plan)
    expect(step).not.toMatch(/^SCAN (c|s|m|marks|sessions|clients|audit_log|a|r|reassessments)\b(?! USING)/);
}

describe('query plans of the hot queries', () => {
  it('search by name prefix uses the two name indexes', () => {
    const plan = planOf(
      `SELECT c.id FROM clients c WHERE c.archived = 0
          AND (c.family_name LIKE @prefix ESCAPE '\\' OR c.given_name LIKE @prefix ESCAPE '\\')`,
      { prefix: 'ok%' },
    );
    expect(plan.join('\n')).toMatch(/clients_by_name/);
    expect(plan.join('\n')).toMatch(/clients_by_given_name/);
    expectNoScanOfBigTables(plan);
  });

  it('a session’s marks, a client’s sessions and their audit entries come by index', () => {
    for (const [sql, index] of [
      ['SELECT * FROM marks WHERE session_id = ? AND deleted_at IS NULL', 'marks_by_session'],
      ['SELECT * FROM sessions WHERE client_id = ? ORDER BY started_at DESC', 'sessions_by_client'],
      ['SELECT * FROM audit_log WHERE client_id = ? ORDER BY id', 'audit_log_by_client'],
      ['SELECT * FROM reassessments WHERE session_id = ?', 'USING PRIMARY KEY (session_id=?)'],
      ['SELECT 1 FROM marks WHERE session_id = ? AND site_id = ? AND deleted_at IS NULL', 'marks_by_session'],
    ] as const) {
      const plan = planOf(sql, sql.split('?').length === 3 ? ['x', 'y'] : ['x']);
      expect(plan.join('\n'), sql).toContain(index);
      expect(plan.join('\n'), `${sql} sorts nothing`).not.toContain('TEMP B-TREE');
      expectNoScanOfBigTables(plan);
    }
  });

  it('progress reads a client’s visits and points by index', () => {
    expect(planOf(PROGRESS_VISITS_SQL, ['x']).join('\n')).toContain('sessions_by_client');
    const points = planOf(PROGRESS_POINTS_SQL, ['x']);
    expect(points.join('\n')).toContain('sessions_by_client');
    expect(points.join('\n')).toContain('marks_by_session');
    expectNoScanOfBigTables(points);
  });
});
