/**
 * What of the body chart goes on the printed note: the views that have marks or zones, the
 * trigger-point table's rows, the notes left on the chart and the previous visit's points. Pure
 * functions (tested in Node).
 */
import type { CarriedPoint, ChartMark, ChartZone, Technique, ViewId } from '../../../db/api/contract';
import { VIEW_ORDER, getView } from '../../chart/artwork';
import { markSymbol, type SymbolId } from '../../chart/ui/symbols';

type Live<T> = readonly T[];

/** The views with at least one mark or zone, in tab order. */
export function viewsWithMarks(marks: Live<ChartMark>, zones: Live<ChartZone>): ViewId[] {
  const used = new Set<ViewId>([...marks.map((m) => m.viewId), ...zones.map((z) => z.viewId)]);
  return VIEW_ORDER.filter((v) => used.has(v));
}

const KIND: Record<SymbolId, string> = {
  active: 'Active',
  latent: 'Latent',
  satellite: 'Satellite',
  tender: 'Tender point',
  note: 'Note',
  essential: '',
  spillover: '',
  caution: '',
};
const SIDE = { left: 'Left', right: 'Right', midline: 'Midline' } as const;
const RELEASE = { none: 'None', partial: 'Partial', full: 'Full' } as const;
const TECHNIQUE: Record<Technique, string> = {
  ischemic_compression: 'ischemic compression',
  pin_and_stretch: 'pin and stretch',
  stripping: 'stripping',
  cross_fibre: 'cross-fibre',
  other: 'other technique',
};
const NONE = '—';

const num = (v: number) => String(Math.round(v * 100) / 100);
const joined = (parts: (string | null | false)[]) => parts.filter(Boolean).join(', ') || NONE;

export interface PointRow {
  id: string;
  view: string;
  muscle: string;
  side: string;
  kind: string;
  /** "7 → 3", with the jump sign and twitch response when seen. */
  tenderness: string;
  ppt: string;
  pressure: string;
  hold: string;
  release: string;
  referred: string;
}

function referred(mark: ChartMark): string {
  const where = mark.referredPainWhere.trim();
  if (mark.referredPainReproduced === true) return where ? `Yes: ${where}` : 'Yes';
  if (mark.referredPainReproduced === false) return 'No';
  return where || NONE;
}

function tenderness(mark: ChartMark): string {
  const { tenderness: before, tendernessAfter: after } = mark;
  const scores = before === null && after === null ? null : `${before ?? NONE} → ${after ?? NONE}`;
  return joined([scores, mark.jumpSign === true && 'jump sign', mark.twitchResponse === true && 'twitch']);
}

/** Trigger points, satellites and tender points (note pins are listed with the notes), by view. */
export function pointRows(marks: Live<ChartMark>): PointRow[] {
  const order = (m: ChartMark) => VIEW_ORDER.indexOf(m.viewId);
  return marks
    .filter((m) => m.kind !== 'note_pin')
    .map((m, i) => ({ m, i }))
    .sort((a, b) => order(a.m) - order(b.m) || a.i - b.i)
    .map(({ m }) => ({
      id: m.id,
      view: getView(m.viewId).label,
      muscle: m.muscle?.trim() || 'No muscle named',
      side: m.side ? SIDE[m.side] : NONE,
      kind: KIND[markSymbol(m).id],
      tenderness: tenderness(m),
      ppt: m.pptKgCm2 === null ? NONE : num(m.pptKgCm2),
      pressure: joined([
        m.pressure !== null && `${m.pressure}/10`,
        m.pressureKgCm2 !== null && `${num(m.pressureKgCm2)} kg/cm²`,
      ]),
      hold: joined([
        m.holdSeconds !== null && `${m.holdSeconds} s${m.repetitions !== null ? ` × ${m.repetitions}` : ''}`,
        m.holdSeconds === null && m.repetitions !== null && `× ${m.repetitions}`,
        m.technique !== null && TECHNIQUE[m.technique],
      ]),
      release: m.release ? RELEASE[m.release] : NONE,
      referred: referred(m),
    }));
}

/** "Upper trapezius (right)", "Note on Back". */
export function markPlace(mark: Pick<ChartMark, 'muscle' | 'side' | 'viewId'>): string {
  const muscle = mark.muscle?.trim();
  if (!muscle) return `On ${getView(mark.viewId).label}`;
  return mark.side && mark.side !== 'midline' ? `${muscle} (${mark.side})` : muscle;
}

/** The notes written on marks and note pins. */
export function chartNotes(marks: Live<ChartMark>): { id: string; place: string; note: string }[] {
  return marks
    .filter((m) => m.note.trim() !== '')
    .map((m) => ({ id: m.id, place: `${KIND[markSymbol(m).id]}, ${markPlace(m)}`, note: m.note }));
}

export type CarriedStatus = 'Still present' | 'Resolved' | 'Not re-assessed';

/** Each point from the previous visit and what became of it at this one. */
export function carriedRows(
  carried: readonly CarriedPoint[],
  marks: Live<ChartMark>,
): { siteId: string; place: string; status: CarriedStatus }[] {
  const sites = new Set(marks.map((m) => m.siteId));
  return carried.map((c) => ({
    siteId: c.siteId,
    place: markPlace(c),
    status: sites.has(c.siteId) ? 'Still present' : c.resolvedAt ? 'Resolved' : 'Not re-assessed',
  }));
}
