/** Muscles of the low back and hip (body's right side). */
import { BACK, FRONT, SIDE } from '../landmarks';
import type { AuthoredMuscle } from '../types';

export const quadratusLumborum: AuthoredMuscle = {
  id: 'quadratus-lumborum',
  muscle: 'Quadratus lumborum',
  description:
    'Superficial points lie just below the 12th rib and just above the iliac crest, at the outer edge of the back muscles; deep ones lie toward the spine at the lower lumbar levels. ' +
    'It refers along the iliac crest, to the outer hip bone and lateral thigh, to the sacroiliac joint and lower buttock, and sometimes to the groin and lower belly.',
  perpetuatingFactors: ['leg_length', 'long_sitting', 'heavy_bag', 'sleep_position'],
  points: [
    { viewId: 'posterior', at: [0.6, 0.35], label: 'below the 12th rib' },
    { viewId: 'posterior', at: [0.6, 0.395], label: 'above the iliac crest' },
    { viewId: 'right-lateral', at: [0.396, 0.37], label: 'above the iliac crest' },
  ],
  zones: [
    { viewId: 'posterior', pattern: 'essential', polygon: BACK.iliacCrest, label: 'iliac crest' },
    { viewId: 'right-lateral', pattern: 'essential', polygon: SIDE.greaterTrochanter, label: 'outer hip bone' },
    { viewId: 'posterior', pattern: 'essential', polygon: BACK.sacroiliacJoint, label: 'sacroiliac joint' },
    { viewId: 'posterior', pattern: 'essential', polygon: BACK.lowerButtock, label: 'lower buttock' },
    { viewId: 'right-lateral', pattern: 'spillover', polygon: SIDE.lateralThigh, label: 'outer thigh' },
    { viewId: 'anterior', pattern: 'spillover', polygon: FRONT.groin, label: 'groin' },
    { viewId: 'anterior', pattern: 'spillover', polygon: FRONT.lowerAbdomen, label: 'lower belly' },
  ],
};

export const gluteusMedius: AuthoredMuscle = {
  id: 'gluteus-medius',
  muscle: 'Gluteus medius',
  description:
    'Three points lie in a row just below the iliac crest, from the back toward the side of the hip. ' +
    'They refer to the low back and sacrum, across the buttock, and to the side of the hip and upper thigh.',
  perpetuatingFactors: ['leg_length', 'long_sitting', 'sleep_position'],
  points: [
    { viewId: 'posterior', at: [0.6, 0.433], label: 'below the crest, back' },
    { viewId: 'posterior', at: [0.645, 0.428], label: 'below the crest, middle' },
    { viewId: 'posterior', at: [0.685, 0.428], label: 'below the crest, side' },
    { viewId: 'right-lateral', at: [0.426, 0.419], label: 'below the iliac crest' },
  ],
  zones: [
    { viewId: 'posterior', pattern: 'essential', polygon: BACK.lowBack, label: 'low back' },
    { viewId: 'posterior', pattern: 'essential', polygon: BACK.sacrum, label: 'sacrum' },
    { viewId: 'posterior', pattern: 'essential', polygon: BACK.buttock, label: 'buttock' },
    { viewId: 'right-lateral', pattern: 'spillover', polygon: SIDE.lateralHip, label: 'side of the hip' },
    { viewId: 'posterior', pattern: 'spillover', polygon: BACK.upperThigh, label: 'upper thigh' },
  ],
};
