/** How the points carried from the last visit are named and described (the "To re-assess" panel, the inspector). */
import type { CarriedPoint } from '../../../db/api/contract';
import type { CarriedState } from '../model';
import { kindLabel } from './symbols';

type Named = Pick<CarriedPoint, 'muscle' | 'side'>;

/** "Upper trapezius, right". */
export function pointName(point: Named): string {
  const where = point.muscle?.trim() || 'No muscle named';
  return point.side ? `${where}, ${point.side}` : where;
}

/**
 * A name for each carried point, by site id, told apart where two share a muscle and side: first
 * by kind ("…, latent trigger point"), then by number in the list ("… 2").
 */
export function carriedNames(
  points: readonly Pick<CarriedPoint, 'siteId' | 'muscle' | 'side' | 'kind' | 'activity'>[],
): Map<string, string> {
  const count = (names: string[]) => names.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map<string, number>());
  const base = points.map(pointName);
  const baseCount = count(base);
  const withKind = points.map((p, i) => {
    const name = base[i] as string;
    return (baseCount.get(name) ?? 0) > 1 ? `${name}, ${kindLabel(p).toLowerCase()}` : name;
  });
  const kindCount = count(withKind);
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  points.forEach((p, i) => {
    const name = withKind[i] as string;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    names.set(p.siteId, (kindCount.get(name) ?? 0) > 1 ? `${name} ${n}` : name);
  });
  return names;
}

const score = (v: number) => `${v}/10`;

/** "Last visit: tenderness 7/10 (3/10 after), PPT 2.4 kg/cm²", with what was not recorded said so. */
export function lastVisitText(point: Pick<CarriedPoint, 'tenderness' | 'tendernessAfter' | 'pptKgCm2'>): string {
  const { tenderness: before, tendernessAfter: after, pptKgCm2: ppt } = point;
  const tenderness =
    before !== null
      ? `tenderness ${score(before)}${after !== null ? ` (${score(after)} after)` : ''}`
      : after !== null
        ? `tenderness ${score(after)} after treatment`
        : 'tenderness not recorded';
  return `Last visit: ${tenderness}, ${ppt !== null ? `PPT ${ppt} kg/cm²` : 'PPT not recorded'}`;
}

export const STATE_TEXT: Record<CarriedState, string> = {
  waiting: 'Not yet re-assessed',
  present: 'Still present',
  resolved: 'Resolved',
};

/** "2 of 3 points from the last visit (4 Mar 2025) not yet re-assessed." */
export function introText(total: number, waiting: number, lastVisit: string): string {
  if (waiting === 0) {
    return total === 1
      ? `The point from the last visit (${lastVisit}) is re-assessed.`
      : `All ${total} points from the last visit (${lastVisit}) are re-assessed.`;
  }
  return `${waiting} of ${total} ${total === 1 ? 'point' : 'points'} from the last visit (${lastVisit}) not yet re-assessed.`;
}
