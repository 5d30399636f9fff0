/**
 * The referral atlas on the home-care sheet ("your pain may come from here"): the atlas's zones of
 * the muscles and sides the client's points are on, copied into the handout so it prints again
 * the same after the atlas changes. Pure functions (tested in Node).
 */
import { muscleSideKey, type HandoutContent, type HandoutReferral } from '../../../db/api/contract';
import { ATLAS, ATLAS_VERSION } from '../../chart/atlas';

export type ReferralZone = HandoutReferral['zones'][number];

/**
 * Every atlas zone of every point's muscle and side (left or right; the muscle named exactly as
 * the atlas names it), in the points' order, each muscle and side once; null when the atlas
 * knows none of them.
 */
export function referralFor(points: HandoutContent['points']): HandoutReferral | null {
  const seen = new Set<string>();
  const zones: ReferralZone[] = [];
  for (const point of points) {
    const { muscle, side } = point;
    if (!muscle || (side !== 'left' && side !== 'right')) continue;
    const key = muscleSideKey(point);
    if (seen.has(key)) continue;
    seen.add(key);
    for (const entry of ATLAS) {
      if (entry.muscle !== muscle) continue;
      for (const zone of entry.zones) {
        if (zone.side !== side) continue;
        zones.push({
          muscle,
          side,
          viewId: zone.viewId,
          pattern: zone.pattern,
          label: zone.label,
          polygon: zone.polygon.map(([x, y]): [number, number] => [x, y]),
        });
      }
    }
  }
  return zones.length > 0 ? { atlasVersion: ATLAS_VERSION, zones } : null;
}

/** The content with this referral shown, or without any (as a sheet that never had one). */
export function withReferral(content: HandoutContent, referral: HandoutReferral | null): HandoutContent {
  if (referral) return { ...content, referral };
  const rest = { ...content };
  delete rest.referral;
  return rest;
}
