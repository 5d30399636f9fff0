/**
 * A client's progress across visits, read in three queries (visits, points, resolutions) and
 * put together in one pass: the per-visit measures and the trigger-point sites followed by
 * their site ids.
 */
import type { Database } from 'better-sqlite3';
import { scoreNdi, type ClientProgress, type ProgressSite, type ProgressVisit } from '../api/contract';
import { getClient } from './clients';
import { romFromRow } from './sessions';

interface VisitRow {
  id: string;
  started_at: string;
  status: 'draft' | 'signed';
  pain_before: number | null;
  pain_after: number | null;
  rom_flexion: number | null;
  rom_extension: number | null;
  rom_lateral_flexion_left: number | null;
  rom_lateral_flexion_right: number | null;
  rom_rotation_left: number | null;
  rom_rotation_right: number | null;
  ndi: string | null;
}

interface PointRow {
  session_id: string;
  id: string;
  site_id: string;
  kind: ProgressSite['kind'];
  activity: 'active' | 'latent' | null;
  muscle: string | null;
  side: ProgressSite['side'];
  view_id: ProgressSite['viewId'];
  tenderness: number | null;
  tenderness_after: number | null;
  ppt_kg_cm2: number | null;
  release: 'none' | 'partial' | 'full' | null;
}

export const PROGRESS_VISITS_SQL = `
  SELECT id, started_at, status, pain_before, pain_after, rom_flexion, rom_extension, rom_lateral_flexion_left,
         rom_lateral_flexion_right, rom_rotation_left, rom_rotation_right, ndi
    FROM sessions WHERE client_id = ? ORDER BY started_at, id`;

export const PROGRESS_POINTS_SQL = `
  SELECT m.session_id, m.id, m.site_id, m.kind, m.activity, m.muscle, m.side, m.view_id, m.tenderness,
         m.tenderness_after, m.ppt_kg_cm2, m.release
    FROM marks m JOIN sessions s ON s.id = m.session_id
   WHERE s.client_id = ? AND m.deleted_at IS NULL AND m.kind IN ('trigger_point', 'satellite', 'tender_point')
   ORDER BY s.started_at, s.id, m.created_at, m.id`;

const RESOLVED_SQL = `
  SELECT r.site_id, r.session_id FROM reassessments r JOIN sessions s ON s.id = r.session_id
   WHERE s.client_id = ? AND r.resolved_at IS NOT NULL ORDER BY s.started_at`;

export function getProgress(db: Database, clientId: string): ClientProgress {
  getClient(db, clientId);
  const visitRows = db.prepare(PROGRESS_VISITS_SQL).all(clientId) as VisitRow[];
  const pointRows = db.prepare(PROGRESS_POINTS_SQL).all(clientId) as PointRow[];
  const resolvedRows = db.prepare(RESOLVED_SQL).all(clientId) as { site_id: string; session_id: string }[];

  const visits: ProgressVisit[] = visitRows.map((row) => ({
    sessionId: row.id,
    startedAt: row.started_at,
    status: row.status,
    painBefore: row.pain_before,
    painAfter: row.pain_after,
    rom: romFromRow(row),
    ndi: row.ndi === null ? null : scoreNdi(JSON.parse(row.ndi) as (number | null)[]),
    activePoints: 0,
    points: 0,
  }));
  const visitById = new Map(visits.map((v) => [v.sessionId, v]));

  const sites = new Map<string, ProgressSite>();
  for (const row of pointRows) {
    const visit = visitById.get(row.session_id);
    if (!visit) continue;
    visit.points++;
    if (row.activity === 'active') visit.activePoints++;
    let site = sites.get(row.site_id);
    if (!site) {
      site = {
        siteId: row.site_id,
        kind: row.kind,
        muscle: row.muscle,
        side: row.side,
        viewId: row.view_id,
        visits: [],
        resolved: null,
      };
      sites.set(row.site_id, site);
    }
    // The latest visit names the site (a muscle corrected later wins).
    site.kind = row.kind;
    site.muscle = row.muscle;
    site.side = row.side;
    site.visits.push({
      sessionId: row.session_id,
      startedAt: visit.startedAt,
      markId: row.id,
      activity: row.activity,
      tenderness: row.tenderness,
      tendernessAfter: row.tenderness_after,
      pptKgCm2: row.ppt_kg_cm2,
      release: row.release,
    });
  }
  for (const row of resolvedRows) {
    const site = sites.get(row.site_id);
    const visit = visitById.get(row.session_id);
    if (site && visit) site.resolved = { sessionId: visit.sessionId, startedAt: visit.startedAt };
  }
  return { clientId, visits, sites: [...sites.values()] };
}
