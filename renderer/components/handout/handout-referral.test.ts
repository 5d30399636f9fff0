import { describe, expect, it } from 'vitest';
import type { HandoutContent } from '../../../db/api/contract';
import { ATLAS, ATLAS_VERSION } from '../../chart/atlas';
import { referralFor, withReferral } from './handout-referral';
import { handoutContent, handoutPoint } from './test-handout';

const atlasZones = (muscle: string, side: 'left' | 'right') =>
  ATLAS.filter((m) => m.muscle === muscle).flatMap((m) => m.zones.filter((z) => z.side === side));

describe('referralFor', () => {
  it('copies every atlas zone of each point’s muscle and side, in the points’ order', () => {
    const referral = referralFor(handoutContent.points);
    const trapezius = atlasZones('Upper trapezius', 'right');
    const levator = atlasZones('Levator scapulae', 'left');
    expect(trapezius.length).toBeGreaterThan(0);
    expect(levator.length).toBeGreaterThan(0);
    expect(referral?.atlasVersion).toBe(ATLAS_VERSION);
    expect(referral?.zones).toEqual(
      [...trapezius, ...levator].map((z) => ({
        muscle: trapezius.includes(z) ? 'Upper trapezius' : 'Levator scapulae',
        side: z.side,
        viewId: z.viewId,
        pattern: z.pattern,
        label: z.label,
        polygon: z.polygon.map(([x, y]) => [x, y]),
      })),
    );
  });

  it('lists a muscle and side once when two points share them', () => {
    const twice = [handoutPoint(), handoutPoint({ markId: 'other', x: 0.45 })];
    expect(referralFor(twice)?.zones).toHaveLength(atlasZones('Upper trapezius', 'right').length);
  });

  it('is null when the atlas knows none of the points', () => {
    expect(referralFor([])).toBeNull();
    expect(
      referralFor([
        handoutPoint({ muscle: null }),
        handoutPoint({ side: 'midline' }),
        handoutPoint({ side: null }),
        handoutPoint({ muscle: 'upper trapezius' }),
        handoutPoint({ muscle: 'Deltoid' }),
      ]),
    ).toBeNull();
  });
});

describe('withReferral', () => {
  it('adds the zones, or leaves the content as a sheet that never had any', () => {
    const referral = referralFor(handoutContent.points);
    const shown = withReferral(handoutContent, referral);
    expect(shown).toEqual({ ...handoutContent, referral });
    const plain: HandoutContent = withReferral(shown, null);
    expect(plain).toEqual(handoutContent);
    expect(plain).not.toHaveProperty('referral');
  });
});
