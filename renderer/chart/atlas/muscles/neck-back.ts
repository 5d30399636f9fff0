/** Muscles of the back of the neck and the top of the shoulder (body's right side). */
import { HEAD_BACK, HEAD_SIDE, BACK } from '../landmarks';
import type { AuthoredMuscle } from '../types';

export const upperTrapezius: AuthoredMuscle = {
  id: 'upper-trapezius',
  muscle: 'Upper trapezius',
  description:
    'Look for the point on the upper free border, about halfway between the neck and the tip of the shoulder. ' +
    'It sends pain up the back and side of the neck to the mastoid and on to the temple and behind the eye, on the same side; ' +
    'when it is intense the ache can reach the angle of the jaw.',
  perpetuatingFactors: ['forward_head', 'phone_shoulder', 'heavy_bag', 'no_arm_rests', 'stress', 'cold_draughts'],
  points: [
    { viewId: 'posterior', at: [0.63, 0.18], label: 'upper free border' },
    { viewId: 'head-neck-posterior', at: [0.86, 0.835], label: 'upper free border' },
    { viewId: 'head-neck-right', at: [0.31, 0.78], label: 'upper free border' },
  ],
  zones: [
    {
      viewId: 'head-neck-right',
      pattern: 'essential',
      polygon: HEAD_SIDE.posterolateralNeck,
      label: 'back and side of the neck',
    },
    {
      viewId: 'head-neck-posterior',
      pattern: 'essential',
      polygon: HEAD_BACK.posterolateralNeck,
      label: 'back and side of the neck',
    },
    { viewId: 'head-neck-right', pattern: 'essential', polygon: HEAD_SIDE.mastoid, label: 'mastoid' },
    { viewId: 'head-neck-right', pattern: 'essential', polygon: HEAD_SIDE.temple, label: 'temple' },
    { viewId: 'head-neck-right', pattern: 'essential', polygon: HEAD_SIDE.behindTheEye, label: 'behind the eye' },
    { viewId: 'head-neck-right', pattern: 'spillover', polygon: HEAD_SIDE.angleOfTheJaw, label: 'angle of the jaw' },
  ],
};

export const levatorScapulae: AuthoredMuscle = {
  id: 'levator-scapulae',
  muscle: 'Levator scapulae',
  description:
    'Points sit at the angle where the neck meets the shoulder and just above the upper corner of the shoulder blade. ' +
    'The ache stays mostly at the angle of the neck, sometimes running down the inner edge of the shoulder blade and to the back of the shoulder. ' +
    'Clients often describe a stiff neck that will not turn fully.',
  perpetuatingFactors: ['phone_shoulder', 'monitor_side', 'sleep_position', 'stress', 'cold_draughts', 'long_sitting'],
  points: [
    { viewId: 'posterior', at: [0.556, 0.155], label: 'angle of the neck' },
    { viewId: 'posterior', at: [0.575, 0.176], label: 'above the upper corner of the shoulder blade' },
    { viewId: 'head-neck-posterior', at: [0.7, 0.72], label: 'angle of the neck' },
    { viewId: 'head-neck-posterior', at: [0.74, 0.83], label: 'above the upper corner of the shoulder blade' },
    { viewId: 'head-neck-right', at: [0.379, 0.715], label: 'angle of the neck' },
  ],
  zones: [
    {
      viewId: 'head-neck-posterior',
      pattern: 'essential',
      polygon: HEAD_BACK.angleOfTheNeck,
      label: 'angle of the neck',
    },
    {
      viewId: 'posterior',
      pattern: 'spillover',
      polygon: BACK.medialScapularBorder,
      label: 'inner edge of the shoulder blade',
    },
    { viewId: 'posterior', pattern: 'spillover', polygon: BACK.backOfTheShoulder, label: 'back of the shoulder' },
  ],
};

export const spleniusCapitis: AuthoredMuscle = {
  id: 'splenius-capitis',
  muscle: 'Splenius capitis',
  description:
    'The point lies near the top of the muscle, just below the base of the skull and beside the semispinalis. ' +
    'It refers to the top of the head on the same side.',
  perpetuatingFactors: ['forward_head', 'whiplash', 'cold_draughts', 'sleep_position'],
  points: [
    { viewId: 'head-neck-posterior', at: [0.63, 0.62], label: 'top of the muscle, below the skull' },
    { viewId: 'head-neck-right', at: [0.306, 0.53], label: 'top of the muscle, below the skull' },
  ],
  zones: [
    { viewId: 'head-neck-posterior', pattern: 'essential', polygon: HEAD_BACK.vertex, label: 'top of the head' },
    { viewId: 'head-neck-right', pattern: 'essential', polygon: HEAD_SIDE.vertex, label: 'top of the head' },
  ],
};

export const spleniusCervicis: AuthoredMuscle = {
  id: 'splenius-cervicis',
  muscle: 'Splenius cervicis',
  description:
    'An upper and a lower point lie near the angle of the neck, under the upper trapezius and levator. ' +
    'The pain seems to pass through the head to behind the eye on the same side, and can also settle at the back of the head and the base of the neck.',
  perpetuatingFactors: ['forward_head', 'whiplash', 'cold_draughts', 'monitor_side'],
  points: [
    { viewId: 'head-neck-posterior', at: [0.64, 0.745], label: 'upper point' },
    { viewId: 'head-neck-posterior', at: [0.655, 0.8], label: 'lower point, angle of the neck' },
  ],
  zones: [
    { viewId: 'head-neck-right', pattern: 'essential', polygon: HEAD_SIDE.behindTheEye, label: 'behind the eye' },
    { viewId: 'head-neck-posterior', pattern: 'spillover', polygon: HEAD_BACK.occiput, label: 'back of the head' },
    {
      viewId: 'head-neck-posterior',
      pattern: 'spillover',
      polygon: HEAD_BACK.baseOfTheNeck,
      label: 'base of the neck',
    },
  ],
};

export const semispinalis: AuthoredMuscle = {
  id: 'semispinalis',
  muscle: 'Semispinalis capitis',
  description:
    'Points run along the muscle beside the spine, from the base of the skull down the back of the neck. ' +
    'It refers a band of pain around the head just above the ear and to the back of the head. ' +
    'Numbness or tingling at the back of the head suggests the greater occipital nerve is squeezed where it passes through.',
  perpetuatingFactors: ['forward_head', 'long_sitting', 'whiplash', 'sleep_position'],
  points: [
    { viewId: 'head-neck-posterior', at: [0.54, 0.63], label: 'upper, below the skull' },
    { viewId: 'head-neck-posterior', at: [0.545, 0.7], label: 'middle of the neck' },
    { viewId: 'head-neck-right', at: [0.287, 0.677], label: 'middle of the neck' },
  ],
  zones: [
    {
      viewId: 'head-neck-right',
      pattern: 'essential',
      polygon: HEAD_SIDE.bandAboveTheEar,
      label: 'band above the ear',
    },
    {
      viewId: 'head-neck-posterior',
      pattern: 'essential',
      polygon: HEAD_BACK.bandAboveTheEar,
      label: 'band above the ear',
    },
    { viewId: 'head-neck-posterior', pattern: 'essential', polygon: HEAD_BACK.occiput, label: 'back of the head' },
  ],
};

export const suboccipitals: AuthoredMuscle = {
  id: 'suboccipitals',
  muscle: 'Suboccipitals',
  description:
    'Small deep muscles between the base of the skull and the top two neck bones, pressed from the midline outwards. ' +
    'The pain is deep and hard to pin down: the back of the head, over the ear to behind the eye, and sometimes the forehead.',
  perpetuatingFactors: ['forward_head', 'long_sitting', 'monitor_side', 'stress', 'whiplash'],
  points: [
    { viewId: 'head-neck-posterior', at: [0.58, 0.55], label: 'below the base of the skull' },
    { viewId: 'head-neck-right', at: [0.246, 0.51], label: 'below the base of the skull' },
  ],
  zones: [
    { viewId: 'head-neck-posterior', pattern: 'essential', polygon: HEAD_BACK.occiput, label: 'back of the head' },
    { viewId: 'head-neck-right', pattern: 'essential', polygon: HEAD_SIDE.occiput, label: 'back of the head' },
    {
      viewId: 'head-neck-right',
      pattern: 'essential',
      polygon: HEAD_SIDE.overTheEarToTheEye,
      label: 'over the ear to the eye',
    },
    { viewId: 'head-neck-right', pattern: 'spillover', polygon: HEAD_SIDE.forehead, label: 'forehead' },
  ],
};
