/**
 * The referral atlas: 13 muscles, both sides, on every chart view they show on. Versioned data
 * (ATLAS_VERSION); authored for the body's right side in muscles/*.ts and mirrored (derive.ts).
 */
import { deriveMuscle, slug } from './derive';
import { infraspinatus, rhomboids } from './muscles/back';
import { gluteusMedius, quadratusLumborum } from './muscles/low-back';
import {
  levatorScapulae,
  semispinalis,
  spleniusCapitis,
  spleniusCervicis,
  suboccipitals,
  upperTrapezius,
} from './muscles/neck-back';
import { scalenes, scmClavicular, scmSternal } from './muscles/neck-front';
import type { AtlasMuscle, AtlasPoint, AtlasZone, Side, ViewId } from './types';

export { ATLAS_VERSION } from './types';
export { PAIN_PLACES, painPlace, type PainPlace } from './places';
export type { AtlasMuscle, AtlasPoint, AtlasXY, AtlasZone, ZonePattern } from './types';

/** In the order of ../shared/domain.md §2: head and neck first, then down the back. */
export const ATLAS: readonly AtlasMuscle[] = [
  upperTrapezius,
  levatorScapulae,
  scmSternal,
  scmClavicular,
  spleniusCapitis,
  spleniusCervicis,
  semispinalis,
  suboccipitals,
  scalenes,
  infraspinatus,
  rhomboids,
  quadratusLumborum,
  gluteusMedius,
].map(deriveMuscle);

const byId = new Map(ATLAS.map((m) => [m.id, m]));

export function atlasById(id: string): AtlasMuscle | undefined {
  return byId.get(id);
}

/** Short names therapists type, besides the words of the muscle's name. */
const ALIASES: Record<string, readonly string[]> = {
  'upper-trapezius': ['trap', 'UT'],
  'levator-scapulae': ['LS'],
  'sternocleidomastoid-sternal': ['SCM'],
  'sternocleidomastoid-clavicular': ['SCM'],
  'splenius-capitis': [],
  'splenius-cervicis': [],
  semispinalis: ['semispinalis cervicis'],
  suboccipitals: ['suboccipital'],
  scalenes: ['scalene'],
  infraspinatus: [],
  rhomboids: ['rhomboid'],
  'quadratus-lumborum': ['QL'],
  'gluteus-medius': ['glute med'],
};

/** Lower case, accents dropped, split into words. */
function words(text: string): string[] {
  return slug(text).split('-').filter(Boolean);
}

const searchWords = new Map(ATLAS.map((m) => [m.id, [m.muscle, ...(ALIASES[m.id] ?? [])].flatMap(words)] as const));

/**
 * Search as you type: every word typed must start a word of the muscle's name (or a common short
 * name such as "SCM" or "QL"); case and accents do not matter. An empty query lists them all.
 */
export function searchAtlas(query: string): AtlasMuscle[] {
  const typed = words(query);
  if (typed.length === 0) return [...ATLAS];
  return ATLAS.filter((m) => {
    const have = searchWords.get(m.id) ?? [];
    return typed.every((t) => have.some((w) => w.startsWith(t)));
  });
}

/** One muscle's trigger points and referral zones on one side, on one view. */
export function atlasOnView(
  muscleId: string,
  side: Side,
  viewId: ViewId,
): { points: AtlasPoint[]; zones: AtlasZone[] } {
  const m = byId.get(muscleId);
  if (!m) return { points: [], zones: [] };
  return {
    points: m.points.filter((p) => p.side === side && p.viewId === viewId),
    zones: m.zones.filter((z) => z.side === side && z.viewId === viewId),
  };
}
