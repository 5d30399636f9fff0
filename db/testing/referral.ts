/** A referral zone as a handout keeps it (upper trapezius, right, the temple), for the tests. */
import type { HandoutReferral } from '../api/contract';

export type ReferralZone = HandoutReferral['zones'][number];

export const TEMPLE_ZONE: ReferralZone = {
  muscle: 'Upper trapezius',
  side: 'right',
  viewId: 'head-neck-right',
  pattern: 'essential',
  label: 'temple',
  polygon: [
    [0.3, 0.2],
    [0.4, 0.2],
    [0.35, 0.3],
  ],
};
