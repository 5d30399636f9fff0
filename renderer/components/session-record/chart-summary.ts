/**
 * The chart's findings as plain sentences for the Objective note: one line per muscle and side
 * (points by kind, tenderness before → after, pressure pain threshold, release, referred pain),
 * then the previous visit's points (still present, resolved, not re-assessed). Pure.
 */
import { format } from 'date-fns';
import type { CarriedPoint, ChartMark, ChartSnapshot } from '../../../db/api/contract';

export const EMPTY_CHART_SUMMARY = 'No points charted.';

type Place = Pick<ChartMark, 'muscle' | 'side'>;

function placeName({ muscle, side }: Place): string {
  const name = muscle?.trim() || 'Muscle not named';
  return side ? `${name}, ${side}` : name;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "a, b and c". */
function listed(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

const number = (n: number) => String(Number(n.toFixed(2)));

function pointCounts(marks: ChartMark[]): string {
  const tally = (pred: (m: ChartMark) => boolean) => marks.filter(pred).length;
  const trigger = (m: ChartMark) => m.kind === 'trigger_point';
  const parts = [
    [tally((m) => trigger(m) && m.activity === 'active'), 'active trigger point'],
    [tally((m) => trigger(m) && m.activity === 'latent'), 'latent trigger point'],
    [tally((m) => trigger(m) && m.activity === null), 'trigger point'],
    [tally((m) => m.kind === 'satellite'), 'satellite'],
    [tally((m) => m.kind === 'tender_point'), 'tender point'],
  ] as const;
  return listed(parts.filter(([n]) => n > 0).map(([n, word]) => count(n, word)));
}

function tendernessSentence(marks: ChartMark[]): string | null {
  const readings = marks
    .filter((m) => m.tenderness !== null || m.tendernessAfter !== null)
    .map((m) => {
      if (m.tendernessAfter === null) return `${m.tenderness} (after not recorded)`;
      return `${m.tenderness ?? '?'} → ${m.tendernessAfter}`;
    });
  if (readings.length === 0) return null;
  return `Tenderness out of 10, before → after treatment: ${readings.join('; ')}.`;
}

function pptSentence(marks: ChartMark[]): string | null {
  const values = marks.flatMap((m) => (m.pptKgCm2 === null ? [] : [number(m.pptKgCm2)]));
  return values.length === 0 ? null : `Pressure pain threshold ${listed(values)} kg/cm².`;
}

function releaseSentence(marks: ChartMark[]): string | null {
  const parts = [
    [marks.filter((m) => m.release === 'full').length, 'fully released'],
    [marks.filter((m) => m.release === 'partial').length, 'partly released'],
    [marks.filter((m) => m.release === 'none').length, 'not released'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`);
  return said.length === 0 ? null : `${capitalise(listed(said))}.`;
}

function referredSentence(marks: ChartMark[]): string | null {
  const reproduced = marks.filter((m) => m.referredPainReproduced === true);
  if (reproduced.length === 0) return null;
  const where = reproduced.map((m) => m.referredPainWhere.trim()).filter(Boolean);
  const at = marks.length > 1 ? ` at ${reproduced.length} of ${marks.length} points` : '';
  return `Referred pain reproduced${at}${where.length > 0 ? ` (${where.join('; ')})` : ''}.`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function groupLine(place: Place, marks: ChartMark[]): string {
  const sentences = [
    `${placeName(place)}: ${pointCounts(marks)}.`,
    tendernessSentence(marks),
    pptSentence(marks),
    releaseSentence(marks),
    referredSentence(marks),
  ];
  return sentences.filter((s): s is string => s !== null).join(' ');
}

function carriedName(point: CarriedPoint, live: ChartMark | undefined): string {
  const name = placeName(point).replace(/^./, (c) => c.toLowerCase());
  const now = live?.tenderness ?? null;
  if (point.tenderness !== null && live && now !== null) {
    return `${name} (tenderness ${point.tenderness} last visit, ${now} now)`;
  }
  return name;
}

function carriedLines(carried: CarriedPoint[], marks: ChartMark[]): string[] {
  const first = carried[0];
  if (!first) return [];
  const bySite = new Map(marks.map((m) => [m.siteId, m]));
  const present: string[] = [];
  const resolved: string[] = [];
  const waiting: string[] = [];
  for (const point of carried) {
    const live = bySite.get(point.siteId);
    if (live) present.push(carriedName(point, live));
    else if (point.resolvedAt !== null) resolved.push(carriedName(point, undefined));
    else waiting.push(carriedName(point, undefined));
  }
  const when = new Date(first.fromStartedAt);
  const date = Number.isNaN(when.getTime()) ? '' : ` (${format(when, 'd MMM yyyy')})`;
  const lines = [`Points from the previous visit${date}:`];
  if (present.length > 0) lines.push(`Still present: ${present.join('; ')}.`);
  if (resolved.length > 0) lines.push(`Resolved: ${resolved.join('; ')}.`);
  if (waiting.length > 0) lines.push(`Not re-assessed: ${waiting.join('; ')}.`);
  return lines;
}

/** The chart as sentences; "No points charted." when there is nothing on it. */
export function summarizeChart(snapshot: Pick<ChartSnapshot, 'marks' | 'carried'>): string {
  const marks = snapshot.marks.filter((m) => !m.deleted && m.kind !== 'note_pin');
  const groups = new Map<string, { place: Place; marks: ChartMark[] }>();
  for (const mark of marks) {
    const key = `${mark.muscle?.trim().toLowerCase() ?? ''}|${mark.side ?? ''}`;
    const group = groups.get(key) ?? { place: mark, marks: [] };
    group.marks.push(mark);
    groups.set(key, group);
  }
  const lines = [...groups.values()].map((g) => groupLine(g.place, g.marks));
  if (lines.length === 0) lines.push(EMPTY_CHART_SUMMARY);
  return [...lines, ...carriedLines(snapshot.carried, marks)].join('\n');
}
