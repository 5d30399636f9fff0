/** What the progress view reads for a client (`progress.get`). Pure types: the renderer imports this file. */
import type { CervicalRom } from './clinical';
import type { ChartMark, ViewId } from './chart-schema';
import type { NdiScore } from './ndi';

/** One visit, oldest first. */
export interface ProgressVisit {
  sessionId: string;
  startedAt: string;
  status: 'draft' | 'signed';
  painBefore: number | null;
  painAfter: number | null;
  rom: CervicalRom;
  ndi: NdiScore | null;
  /** Trigger points and satellites charted active at this visit. */
  activePoints: number;
  /** All trigger points, satellites and tender points charted at this visit. */
  points: number;
}

/** One trigger-point site at one visit. */
export interface SiteVisit {
  sessionId: string;
  startedAt: string;
  markId: string;
  activity: ChartMark['activity'];
  tenderness: number | null;
  tendernessAfter: number | null;
  pptKgCm2: number | null;
  release: ChartMark['release'];
}

/** A point followed across visits by its site id. */
export interface ProgressSite {
  siteId: string;
  kind: ChartMark['kind'];
  muscle: string | null;
  side: ChartMark['side'];
  viewId: ViewId;
  visits: SiteVisit[];
  /** The visit at which it was found resolved, if it was. */
  resolved: { sessionId: string; startedAt: string } | null;
}

export interface ClientProgress {
  clientId: string;
  visits: ProgressVisit[];
  sites: ProgressSite[];
}
