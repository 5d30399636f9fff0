/**
 * Muscles of the side and front of the neck (body's right side). The two heads of the
 * sternocleidomastoid are two entries: the artwork draws them as two regions with their own
 * names, their points lie along different heads and their referral zones differ.
 */
import { FRONT, HEAD_SIDE, BACK } from '../landmarks';
import type { AuthoredMuscle } from '../types';

export const scmSternal: AuthoredMuscle = {
  id: 'sternocleidomastoid-sternal',
  muscle: 'Sternocleidomastoid (sternal)',
  description:
    'Points can be found anywhere along the front (sternal) head. Low ones refer over the breastbone; mid-belly ones to the cheek, ' +
    'upper jaw and around the eye; high ones near the mastoid to the ridge at the back of the skull, the top of the head and above the eyebrow. ' +
    'Watery or red eyes on that side can come with it. Work it with a pincer grip, never pressing into the front of the neck.',
  perpetuatingFactors: ['forward_head', 'phone_shoulder', 'monitor_side', 'sleep_position', 'whiplash'],
  points: [
    { viewId: 'head-neck-right', at: [0.555, 0.85], label: 'low, near the breastbone' },
    { viewId: 'head-neck-right', at: [0.47, 0.7], label: 'mid-belly' },
    { viewId: 'head-neck-right', at: [0.4, 0.58], label: 'high, near the mastoid' },
    { viewId: 'anterior', at: [0.474, 0.196], label: 'low, near the breastbone' },
  ],
  zones: [
    { viewId: 'anterior', pattern: 'essential', polygon: FRONT.sternum, label: 'over the breastbone' },
    { viewId: 'head-neck-right', pattern: 'essential', polygon: HEAD_SIDE.cheek, label: 'cheek and upper jaw' },
    { viewId: 'head-neck-right', pattern: 'essential', polygon: HEAD_SIDE.aroundTheEye, label: 'around the eye' },
    {
      viewId: 'head-neck-right',
      pattern: 'essential',
      polygon: HEAD_SIDE.occipitalRidge,
      label: 'ridge at the back of the skull',
    },
    { viewId: 'head-neck-right', pattern: 'essential', polygon: HEAD_SIDE.vertex, label: 'top of the head' },
    { viewId: 'head-neck-right', pattern: 'essential', polygon: HEAD_SIDE.aboveTheEyebrow, label: 'above the eyebrow' },
  ],
};

export const scmClavicular: AuthoredMuscle = {
  id: 'sternocleidomastoid-clavicular',
  muscle: 'Sternocleidomastoid (clavicular)',
  description:
    'Points lie along the back (clavicular) head, which rises from the collarbone behind the sternal head. ' +
    'It refers to the forehead, to both sides when severe, and deep into and behind the ear; clients may mention dizziness.',
  perpetuatingFactors: ['forward_head', 'phone_shoulder', 'monitor_side', 'sleep_position', 'whiplash'],
  points: [
    { viewId: 'head-neck-right', at: [0.44, 0.72], label: 'middle of the clavicular head' },
    { viewId: 'head-neck-right', at: [0.5, 0.83], label: 'low on the clavicular head' },
    { viewId: 'anterior', at: [0.451, 0.198], label: 'low on the clavicular head' },
  ],
  zones: [
    { viewId: 'head-neck-right', pattern: 'essential', polygon: HEAD_SIDE.forehead, label: 'forehead' },
    { viewId: 'anterior', pattern: 'essential', polygon: FRONT.forehead, label: 'forehead' },
    { viewId: 'anterior', pattern: 'spillover', polygon: FRONT.foreheadOtherSide, label: 'forehead, other side' },
    { viewId: 'head-neck-right', pattern: 'essential', polygon: HEAD_SIDE.deepInTheEar, label: 'deep in the ear' },
    { viewId: 'head-neck-right', pattern: 'essential', polygon: HEAD_SIDE.behindTheEar, label: 'behind the ear' },
  ],
};

export const scalenes: AuthoredMuscle = {
  id: 'scalenes',
  muscle: 'Scalenes',
  description:
    'Points lie on the side of the neck, behind the sternocleidomastoid and above the collarbone. ' +
    'They refer to the chest and the inner edge of the shoulder blade, and down the front and back of the arm and the thumb side of the forearm to the thumb and index finger. ' +
    'Tingling in the hand can come with them; numbness or weakness is a reason to refer.',
  perpetuatingFactors: ['forward_head', 'heavy_bag', 'stress', 'whiplash', 'long_sitting'],
  points: [
    { viewId: 'head-neck-right', at: [0.424, 0.8], label: 'side of the neck' },
    { viewId: 'anterior', at: [0.41, 0.192], label: 'side of the neck' },
  ],
  zones: [
    { viewId: 'anterior', pattern: 'essential', polygon: FRONT.chest, label: 'chest' },
    {
      viewId: 'posterior',
      pattern: 'essential',
      polygon: BACK.medialScapularBorder,
      label: 'inner edge of the shoulder blade',
    },
    { viewId: 'anterior', pattern: 'spillover', polygon: FRONT.frontOfTheArm, label: 'front of the arm' },
    { viewId: 'posterior', pattern: 'spillover', polygon: BACK.backOfTheArm, label: 'back of the arm' },
    {
      viewId: 'anterior',
      pattern: 'spillover',
      polygon: FRONT.forearmToThumb,
      label: 'thumb side of the forearm to the thumb',
    },
  ],
};
