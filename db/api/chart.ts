/** The body chart's two operations: read a session's chart, and save the editor's changes. */
import type { ChartSaveResult, ChartSnapshot, OpParsed } from './contract';
import type { ApiContext } from './handlers';
import { nowIso } from '../ids';
import { checkChartLinks, readChart, writeChartMark, writeChartZone } from '../queries/chart-records';
import { listCarried } from '../queries/reassessments';
import { assertSessionEditable, getSession } from '../queries/sessions';

export function getChart({ db }: ApiContext, { sessionId }: OpParsed<'chart.get'>): ChartSnapshot {
  const session = getSession(db, sessionId);
  return {
    sessionId,
    editable: session.status !== 'signed',
    ...readChart(db, sessionId),
    carried: listCarried(db, sessionId),
  };
}

/**
 * Saves every record of one edit batch in one transaction: all of it or none of it. A record
 * saved by someone else since the editor loaded it makes the whole save a 'conflict'.
 */
export function saveChart({ db, actor }: ApiContext, input: OpParsed<'chart.save'>): ChartSaveResult {
  return db.transaction(() => {
    const { clientId } = assertSessionEditable(db, input.sessionId);
    // Satellites may arrive before their primary within one save; links are checked at the end.
    db.pragma('defer_foreign_keys = ON');
    const ctx = { actor, sessionId: input.sessionId, clientId, now: nowIso() };
    const versions: Record<string, number> = {};
    for (const { record, baseVersion } of input.marks)
      versions[record.id] = writeChartMark(db, ctx, record, baseVersion);
    for (const { record, baseVersion } of input.zones)
      versions[record.id] = writeChartZone(db, ctx, record, baseVersion);
    checkChartLinks(db, input.sessionId);
    return { versions };
  })();
}
