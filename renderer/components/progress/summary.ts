/**
 * The progress summary: short plain sentences about the changes that matter between the first and
 * the latest visit that has each measure (pain, the Neck Disability Index, each neck movement,
 * active trigger points, points resolved or still tender). Changes too small to matter are left
 * out; no diagnosis. Pure (tested in Node).
 */
import { CERVICAL_ROM, MEANINGFUL_PAIN_CHANGE, type RomKey } from '../../../db/api/clinical';
import type { ClientProgress, ProgressSite } from '../../../db/api/contract';
import { NDI_BAND_WORDS, ndiChange } from '../../../db/api/ndi';
import { siteName } from './progress-data';

/** A change in range of motion this large (degrees) is worth saying. */
export const MEANINGFUL_ROM_CHANGE = 10;

/** Each movement as a client would say it. */
const MOVEMENT_WORDS: Record<RomKey, string> = {
  flexion: 'Bending the head forward',
  extension: 'Tilting the head back',
  lateralFlexionLeft: 'Tilting the head towards the left shoulder',
  lateralFlexionRight: 'Tilting the head towards the right shoulder',
  rotationLeft: 'Turning the head to the left',
  rotationRight: 'Turning the head to the right',
};

const points = (n: number) => `${n} point${n === 1 ? '' : 's'}`;
const direction = (delta: number) => (delta < 0 ? 'down' : 'up');

/** The first and the latest of the values that were recorded, or null with fewer than two. */
function firstAndLatest<T>(values: readonly (T | null | undefined)[]): [T, T] | null {
  const present = values.filter((v): v is T => v !== null && v !== undefined);
  const first = present.at(0);
  const last = present.at(-1);
  return present.length >= 2 && first !== undefined && last !== undefined ? [first, last] : null;
}

function painSentence(progress: ClientProgress): string | null {
  const pair = firstAndLatest(progress.visits.map((v) => v.painBefore));
  if (!pair) return null;
  const [first, last] = pair;
  const delta = last - first;
  if (Math.abs(delta) < MEANINGFUL_PAIN_CHANGE) return 'No meaningful change in pain yet.';
  return `Pain before treatment is ${direction(delta)} ${points(Math.abs(delta))} since the first visit (${first} → ${last}).`;
}

function ndiSentence(progress: ClientProgress): string | null {
  const pair = firstAndLatest(progress.visits.map((v) => v.ndi));
  if (!pair) return null;
  const [first, last] = pair;
  const { delta, meaningful } = ndiChange(first.total, last.total);
  if (!meaningful) return null;
  const bands =
    first.band === last.band
      ? `still ${NDI_BAND_WORDS[last.band]}`
      : `from ${NDI_BAND_WORDS[first.band].replace(/ disability$/, '')} to ${NDI_BAND_WORDS[last.band]}`;
  return `Neck Disability Index ${direction(delta)} ${points(Math.abs(delta))} (${first.total} → ${last.total}), ${bands}.`;
}

function romSentences(progress: ClientProgress): string[] {
  return CERVICAL_ROM.flatMap(({ key, normal }) => {
    const pair = firstAndLatest(progress.visits.map((v) => v.rom[key]));
    if (!pair) return [];
    const [first, last] = pair;
    const delta = last - first;
    if (Math.abs(delta) < MEANINGFUL_ROM_CHANGE) return [];
    return [
      `${MOVEMENT_WORDS[key]} is ${direction(delta)} ${Math.abs(delta)}° (${first}° → ${last}°); the usual is about ${normal}°.`,
    ];
  });
}

function activePointsSentence(progress: ClientProgress): string | null {
  const pair = firstAndLatest(progress.visits.map((v) => v.activePoints));
  if (!pair) return null;
  const [first, last] = pair;
  if (first === last) return null;
  return `Active trigger points ${direction(last - first)} from ${first} at the first visit to ${last} at the latest.`;
}

const names = (sites: readonly ProgressSite[]) => sites.map(siteName).join('; ');

function resolvedSentence(progress: ClientProgress): string | null {
  const resolved = progress.sites.filter((s) => s.resolved !== null);
  if (resolved.length === 0) return null;
  const n = resolved.length;
  return `${n} ${n === 1 ? 'point has' : 'points have'} resolved: ${names(resolved)}.`;
}

/** Points still present, seen at two visits or more, whose tenderness changed by 2 or more. */
function siteSentences(progress: ClientProgress): string[] {
  return progress.sites.flatMap((site) => {
    if (site.resolved !== null || site.visits.length < 2) return [];
    const pair = firstAndLatest(site.visits.map((v) => v.tenderness));
    if (!pair) return [];
    const [first, last] = pair;
    const delta = last - first;
    if (Math.abs(delta) < MEANINGFUL_PAIN_CHANGE) return [];
    return [
      `${siteName(site)}: still present, tenderness ${direction(delta)} ${points(Math.abs(delta))} (${first} → ${last}).`,
    ];
  });
}

export function progressSummary(progress: ClientProgress): string[] {
  return [
    painSentence(progress),
    ndiSentence(progress),
    ...romSentences(progress),
    activePointsSentence(progress),
    resolvedSentence(progress),
    ...siteSentences(progress),
  ].filter((s): s is string => s !== null);
}
