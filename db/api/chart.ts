/** The body chart's two operations: read a session's chart, and save the editor's changes. */
import type { ChartSaveResult, ChartSnapshot, OpParsed } from './contract';
import type { ApiContext } from './handlers';
import { nowIso } from '../ids';
import { checkChartLinks, noLinkChecks, readChart, writeChartMark, writeChartZone } from '../queries/chart-records';
import { listCarried } from '../queries/reassessments';
import { assertDraft, sessionState } from '../queries/sessions';

export function getChart({ db }: ApiContext, { sessionId }: OpParsed<'chart.get'>): ChartSnapshot {
  return {
    sessionId,
    editable: !sessionState(db, sessionId).signed,
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
    const { clientId } = assertDraft(db, input.sessionId);
    // Satellites may arrive before their primary within one save; links are checked at the end.
    db.prepare('PRAGMA defer_foreign_keys = ON').run();
    const ctx = { actor, sessionId: input.sessionId, clientId, now: nowIso() };
    const versions: Record<string, number> = {};
    const checks = noLinkChecks();
    for (const { record, baseVersion } of input.marks)
      versions[record.id] = writeChartMark(db, ctx, record, baseVersion, checks);
    for (const { record, baseVersion } of input.zones) {
      versions[record.id] = writeChartZone(db, ctx, record, baseVersion);
      checks.zones = true;
    }
    checkChartLinks(db, input.sessionId, checks);
    return { versions };
  })();
}
