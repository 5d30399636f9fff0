/** Muscles over and around the shoulder blade (body's right side). */
import { BACK, FRONT } from '../landmarks';
import type { AuthoredMuscle } from '../types';

export const infraspinatus: AuthoredMuscle = {
  id: 'infraspinatus',
  muscle: 'Infraspinatus',
  description:
    'Points lie just below the spine of the shoulder blade and near its inner edge. ' +
    'The pain is felt deep in the front of the shoulder and can run down the front-outer arm and the thumb side of the forearm into the hand; ' +
    'sometimes also along the inner edge of the shoulder blade.',
  perpetuatingFactors: ['no_arm_rests', 'sleep_position', 'heavy_bag', 'long_sitting'],
  points: [
    { viewId: 'posterior', at: [0.66, 0.215], label: 'below the spine of the shoulder blade' },
    { viewId: 'posterior', at: [0.615, 0.235], label: 'near the inner edge of the shoulder blade' },
  ],
  zones: [
    {
      viewId: 'anterior',
      pattern: 'essential',
      polygon: FRONT.frontOfTheShoulder,
      label: 'deep in the front of the shoulder',
    },
    { viewId: 'anterior', pattern: 'spillover', polygon: FRONT.frontOfTheArm, label: 'front-outer arm' },
    {
      viewId: 'anterior',
      pattern: 'spillover',
      polygon: FRONT.forearmToThumb,
      label: 'thumb side of the forearm and hand',
    },
    {
      viewId: 'posterior',
      pattern: 'spillover',
      polygon: BACK.medialScapularBorder,
      label: 'inner edge of the shoulder blade',
    },
  ],
};

export const rhomboids: AuthoredMuscle = {
  id: 'rhomboids',
  muscle: 'Rhomboids',
  description:
    'Points lie between the spine and the inner edge of the shoulder blade. ' +
    'The ache stays local, along the inner edge of the shoulder blade, and is often blamed on the muscle without a search for the neck muscles that also refer there.',
  perpetuatingFactors: ['forward_head', 'long_sitting', 'no_arm_rests', 'monitor_side'],
  points: [
    { viewId: 'posterior', at: [0.56, 0.225], label: 'upper, beside the spine' },
    { viewId: 'posterior', at: [0.585, 0.25], label: 'lower, near the shoulder blade' },
  ],
  zones: [
    {
      viewId: 'posterior',
      pattern: 'essential',
      polygon: BACK.medialScapularBorder,
      label: 'inner edge of the shoulder blade',
    },
  ],
};
