/**
 * The numbers of the progress view, laid out for its plots and tables: one row per visit (or per
 * site), dates as the therapist reads them. Pure functions (tested in Node); the components only
 * draw them.
 */
import { format, isValid } from 'date-fns';
import { CERVICAL_ROM, type RomKey } from '../../../db/api/clinical';
import { localToday, type ClientProgress, type ProgressSite, type ProgressVisit } from '../../../db/api/contract';
import { fileNamePart } from '../../../db/api/file-name';
import { NDI_BAND_WORDS } from '../../../db/api/ndi';

function day(iso: string, pattern: string): string {
  const date = new Date(iso);
  return isValid(date) ? format(date, pattern) : '—';
}

/** "21 Nov": the plots' axes. */
export const shortDay = (iso: string): string => day(iso, 'd MMM');
/** "21 Nov 2026": the tables. */
export const longDay = (iso: string): string => day(iso, 'd MMM yyyy');

/** Each visit on the plots: `day` is the axis label, `date` the table's. */
interface Dated {
  sessionId: string;
  day: string;
  date: string;
}

const dated = (v: Pick<ProgressVisit, 'sessionId' | 'startedAt'>): Dated => ({
  sessionId: v.sessionId,
  day: shortDay(v.startedAt),
  date: longDay(v.startedAt),
});

/** First to latest visit: "2 Sep 2026 to 21 Nov 2026", or null with no visits. */
export function progressPeriod(visits: readonly ProgressVisit[]): string | null {
  const first = visits.at(0);
  const last = visits.at(-1);
  if (!first || !last) return null;
  return visits.length === 1 ? longDay(first.startedAt) : `${longDay(first.startedAt)} to ${longDay(last.startedAt)}`;
}

export interface PainRow extends Dated {
  before: number | null;
  after: number | null;
}

export const painRows = (visits: readonly ProgressVisit[]): PainRow[] =>
  visits.map((v) => ({ ...dated(v), before: v.painBefore, after: v.painAfter }));

export const hasPain = (rows: readonly PainRow[]) => rows.some((r) => r.before !== null || r.after !== null);

export interface PointsRow extends Dated {
  active: number;
  points: number;
}

export const pointsRows = (visits: readonly ProgressVisit[]): PointsRow[] =>
  visits.map((v) => ({ ...dated(v), active: v.activePoints, points: v.points }));

export interface NdiRow extends Dated {
  total: number;
  percent: number;
  band: string;
  answered: number;
}

/** Only the visits with a score. */
export const ndiRows = (visits: readonly ProgressVisit[]): NdiRow[] =>
  visits.flatMap((v) =>
    v.ndi
      ? [
          {
            ...dated(v),
            total: v.ndi.total,
            percent: v.ndi.percent,
            band: NDI_BAND_WORDS[v.ndi.band],
            answered: v.ndi.answered,
          },
        ]
      : [],
  );

/** The NDI bands' lower limits (0-50), for the plot's reference lines. */
export const NDI_BAND_LIMITS = [
  { total: 5, label: 'mild' },
  { total: 15, label: 'moderate' },
  { total: 25, label: 'severe' },
  { total: 35, label: 'complete' },
] as const;

export interface RomSeries {
  key: RomKey;
  label: string;
  usual: number;
  rows: (Dated & { degrees: number })[];
}

/** One series per movement measured at least once, in the usual order; only the visits that measured it. */
export const romSeries = (visits: readonly ProgressVisit[]): RomSeries[] =>
  CERVICAL_ROM.flatMap(({ key, label, normal }) => {
    const rows = visits.flatMap((v) => {
      const degrees = v.rom[key];
      return degrees === null || degrees === undefined ? [] : [{ ...dated(v), degrees }];
    });
    return rows.length === 0 ? [] : [{ key, label, usual: normal, rows }];
  });

const KIND_WORDS: Record<ProgressSite['kind'], string> = {
  trigger_point: 'Trigger point',
  satellite: 'Satellite',
  tender_point: 'Tender point',
  note_pin: 'Note',
};

const SIDE_WORDS: Record<NonNullable<ProgressSite['side']>, string> = {
  left: 'Left',
  right: 'Right',
  midline: 'Midline',
};

const RELEASE_WORDS = { none: 'None', partial: 'Partial', full: 'Full' } as const;

/** "Upper trapezius, left"; a point without a muscle is named by its kind. */
export function siteName(site: Pick<ProgressSite, 'muscle' | 'side' | 'kind'>): string {
  const muscle = site.muscle?.trim() || `${KIND_WORDS[site.kind]} (no muscle named)`;
  return site.side === 'left' || site.side === 'right' ? `${muscle}, ${site.side}` : muscle;
}

const latest = <T>(values: readonly T[], pick: (v: T) => boolean): T | undefined => values.findLast(pick);

export interface SiteRow {
  siteId: string;
  muscle: string;
  side: string;
  kind: string;
  visits: number;
  firstTenderness: number | null;
  latestTenderness: number | null;
  latestPpt: number | null;
  latestRelease: string;
  status: string;
  resolved: boolean;
}

/** The sites table: one row per site, most visits first (then as first charted). */
export function siteRows(sites: readonly ProgressSite[]): SiteRow[] {
  return byVisits(sites).map((site) => {
    const release = latest(site.visits, (v) => v.release !== null)?.release;
    return {
      siteId: site.siteId,
      muscle: site.muscle?.trim() || 'No muscle named',
      side: site.side ? SIDE_WORDS[site.side] : '—',
      kind: KIND_WORDS[site.kind],
      visits: site.visits.length,
      firstTenderness: site.visits.find((v) => v.tenderness !== null)?.tenderness ?? null,
      latestTenderness: latest(site.visits, (v) => v.tenderness !== null)?.tenderness ?? null,
      latestPpt: latest(site.visits, (v) => v.pptKgCm2 !== null)?.pptKgCm2 ?? null,
      latestRelease: release ? RELEASE_WORDS[release] : '—',
      status: site.resolved ? `Resolved on ${longDay(site.resolved.startedAt)}` : 'Still present',
      resolved: site.resolved !== null,
    };
  });
}

function byVisits(sites: readonly ProgressSite[]): ProgressSite[] {
  return sites
    .map((site, order) => ({ site, order }))
    .sort((a, b) => b.site.visits.length - a.site.visits.length || a.order - b.order)
    .map((s) => s.site);
}

/** The most sites the page plots one by one (the table lists them all). */
export const SITE_PLOT_LIMIT = 12;

export interface SiteSeries {
  siteId: string;
  name: string;
  rows: (Dated & { tenderness: number | null; tendernessAfter: number | null; ppt: number | null; release: string })[];
}

/** Sites seen at 2 visits or more, most visits first, at most `limit`. */
export function siteSeries(sites: readonly ProgressSite[], limit = SITE_PLOT_LIMIT): SiteSeries[] {
  return byVisits(sites)
    .filter((s) => s.visits.length >= 2)
    .slice(0, limit)
    .map((site) => ({
      siteId: site.siteId,
      name: siteName(site),
      rows: site.visits.map((v) => ({
        ...dated(v),
        tenderness: v.tenderness,
        tendernessAfter: v.tendernessAfter,
        ppt: v.pptKgCm2,
        release: v.release ? RELEASE_WORDS[v.release] : '—',
      })),
    }));
}

/** "Progress - Ana Silva - 2026-11-21.pdf" (the day it is made; no direction controls). */
export function progressFileName(clientName: string, now: Date = new Date()): string {
  return `Progress - ${fileNamePart(clientName) || 'client'} - ${localToday(now)}.pdf`;
}

/** Whether there is enough to show progress: two visits or more. */
export const hasProgress = (progress: ClientProgress): boolean => progress.visits.length >= 2;
