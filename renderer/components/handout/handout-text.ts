/**
 * The words of the home-care handout: each point the client presses ("1 · Upper trapezius,
 * right — press and hold 30 s, 3 times a day"), the points grouped by the picture that shows
 * them, the dates, the paper and the PDF's file name. Pure functions (tested in Node).
 */
import { format } from 'date-fns';
import { localToday, type HandoutContent, type ViewId } from '../../../db/api/contract';
import { fileNamePart } from '../../../db/api/file-name';
import { VIEW_ORDER, getView } from '../../chart/artwork';
import { formatSeconds } from '../exercises/dose';

export type HandoutPoint = HandoutContent['points'][number];

export interface NumberedPoint {
  /** 1, 2, 3… across the whole sheet, in the order the pictures are printed. */
  number: number;
  point: HandoutPoint;
}

export interface PointGroup {
  viewId: ViewId;
  /** The view's name: "Back", "Head & neck, right side". */
  label: string;
  points: NumberedPoint[];
}

/**
 * One group per view that holds a chosen point, in the chart's tab order; within a view the
 * points keep the plan's order. Numbers run on from one picture to the next.
 */
export function groupPoints(points: readonly HandoutPoint[]): PointGroup[] {
  let number = 0;
  return VIEW_ORDER.flatMap((viewId) => {
    const here = points.filter((p) => p.viewId === viewId);
    if (here.length === 0) return [];
    return [{ viewId, label: getView(viewId).label, points: here.map((point) => ({ number: ++number, point })) }];
  });
}

/** "Upper trapezius, right"; a point with no muscle named says which picture shows it. */
export function pointPlace(point: Pick<HandoutPoint, 'muscle' | 'side' | 'viewId'>): string {
  const muscle = point.muscle?.trim();
  if (!muscle) return `Spot marked on the picture (${getView(point.viewId).label})`;
  return point.side === 'left' || point.side === 'right' ? `${muscle}, ${point.side}` : muscle;
}

function perDay(times: number): string {
  if (times === 1) return 'once a day';
  if (times === 2) return 'twice a day';
  return `${times} times a day`;
}

/** "press and hold 30 s, 3 times a day" (the parts the therapist left empty are left out). */
export function pointDose(point: Pick<HandoutPoint, 'holdSeconds' | 'timesPerDay'>): string {
  const hold = point.holdSeconds ? `press and hold ${formatSeconds(point.holdSeconds)}` : 'press and hold';
  return point.timesPerDay ? `${hold}, ${perDay(point.timesPerDay)}` : hold;
}

/** "1 · Upper trapezius, right — press and hold 30 s, 3 times a day". */
export function pointCaption({ number, point }: NumberedPoint): string {
  return `${number} · ${pointPlace(point)} — ${pointDose(point)}`;
}

/** Said once above the pictures when they shade where the points' pain is often felt. */
export const REFERRAL_NOTE =
  'The shaded areas show where pain from these points is often felt. If it hurts there, the cause may be the numbered point, not the place that hurts.';

/** "point 1", "points 1 and 3", "points 1, 2 and 4" ("these points" when none is named). */
export function pointNumbers(numbers: readonly number[]): string {
  if (numbers.length === 0) return 'these points';
  if (numbers.length === 1) return `point ${numbers[0]}`;
  return `points ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

function valid(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "Sat 21 Nov 2026", in the computer's own time zone. */
export function formatDay(iso: string): string {
  const date = valid(iso);
  return date ? format(date, 'EEE d MMM yyyy') : '—';
}

export const PAPER_LABEL: Record<HandoutContent['paperSize'], string> = { letter: 'Letter paper', a4: 'A4 paper' };

/** "Home care - Ana Silva - 2026-11-21.pdf" (the session's local date; no direction controls). */
export function handoutFileName(clientName: string, sessionStartedAt: string): string {
  const date = valid(sessionStartedAt);
  return `Home care - ${fileNamePart(clientName) || 'client'}${date ? ` - ${localToday(date)}` : ''}.pdf`;
}
