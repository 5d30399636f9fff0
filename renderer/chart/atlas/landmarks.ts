/**
 * Referral-zone shapes at named places on the body's RIGHT side, per view, in normalised view
 * coordinates. Placed by the artwork's own anatomy (see renderer/chart/artwork/views): the ear,
 * jaw, base of the skull and eyebrow lines of the head-and-neck views; the scapula, spine of the
 * scapula and iliac crest nodes of the back view (its view units / 800 wide, / 1850 tall); the
 * limbs of the front and side views.
 */
import { band, oval } from './shapes';
import type { AtlasXY } from './types';

/** Head & neck, right side (300 x 380 box; face toward the viewer's right, ear at about x 0.43). */
export const HEAD_SIDE = {
  temple: oval(0.61, 0.27, 0.05, 0.045),
  behindTheEye: oval(0.69, 0.365, 0.03, 0.03),
  aroundTheEye: oval(0.735, 0.36, 0.04, 0.04),
  /**
   * Just above the brow (the brow line runs x 0.707-0.793 at y about 0.33), along its whole
   * length: from the root of the nose to its outer end, where the temple begins.
   */
  aboveTheEyebrow: band(
    [
      [0.785, 0.305],
      [0.75, 0.297],
      [0.715, 0.3],
      [0.68, 0.306],
      [0.655, 0.3],
    ],
    0.018,
  ),
  /**
   * The forehead seen from the side: from the profile back to the temporal line, which runs up
   * and back from the outer end of the brow; it meets the front of the temple.
   */
  forehead: [
    [0.66, 0.29],
    [0.64, 0.24],
    [0.635, 0.19],
    [0.65, 0.15],
    [0.685, 0.13],
    [0.715, 0.15],
    [0.75, 0.19],
    [0.772, 0.235],
    [0.78, 0.28],
    [0.74, 0.285],
    [0.7, 0.29],
  ] as AtlasXY[],
  cheek: oval(0.68, 0.47, 0.05, 0.045),
  angleOfTheJaw: oval(0.49, 0.615, 0.035, 0.035),
  deepInTheEar: oval(0.425, 0.43, 0.022, 0.045),
  behindTheEar: oval(0.355, 0.43, 0.025, 0.06),
  mastoid: oval(0.37, 0.525, 0.03, 0.025),
  occiput: oval(0.25, 0.4, 0.07, 0.05),
  /** Along the base-of-skull line, from the back of the head to the mastoid. */
  occipitalRidge: band(
    [
      [0.215, 0.465],
      [0.28, 0.49],
      [0.36, 0.515],
    ],
    0.018,
  ),
  vertex: oval(0.45, 0.1, 0.08, 0.03),
  /** Around the side of the head, just above the ear. */
  bandAboveTheEar: band(
    [
      [0.18, 0.3],
      [0.3, 0.285],
      [0.42, 0.28],
      [0.54, 0.285],
    ],
    0.02,
  ),
  /** From above the ear forward to behind the eye. */
  overTheEarToTheEye: band(
    [
      [0.37, 0.3],
      [0.47, 0.285],
      [0.57, 0.295],
      [0.67, 0.345],
    ],
    0.025,
  ),
  /** Back and side of the neck, from below the mastoid down toward the shoulder. */
  posterolateralNeck: band(
    [
      [0.345, 0.54],
      [0.318, 0.62],
      [0.302, 0.7],
      [0.292, 0.78],
    ],
    0.018,
  ),
};

/** Head & neck, back (260 x 360 box; body's right on the viewer's right, midline x 0.5). */
export const HEAD_BACK = {
  occiput: oval(0.6, 0.42, 0.075, 0.05),
  vertex: oval(0.56, 0.12, 0.055, 0.035),
  angleOfTheNeck: oval(0.72, 0.81, 0.035, 0.03),
  posterolateralNeck: band(
    [
      [0.7, 0.57],
      [0.685, 0.65],
      [0.7, 0.74],
    ],
    0.025,
  ),
  baseOfTheNeck: oval(0.56, 0.82, 0.05, 0.03),
  bandAboveTheEar: band(
    [
      [0.56, 0.27],
      [0.66, 0.28],
      [0.76, 0.31],
    ],
    0.02,
  ),
};

/** Medial border of the scapula: root of its spine (77, 381) to its inferior angle (101, 498), dx from the midline. */
const MEDIAL_BORDER_DX: AtlasXY[] = [
  [77, 381],
  [82, 410],
  [88, 450],
  [95, 485],
  [101, 498],
];
const MEDIAL_BORDER = MEDIAL_BORDER_DX.map(([dx, y]): AtlasXY => [(400 + dx - 9) / 800, y / 1850]);

/** Iliac crest: posterior superior iliac spine (41, 798) outwards. */
const ILIAC_CREST_DX: AtlasXY[] = [
  [41, 796],
  [62, 777],
  [95, 761],
  [130, 755],
];
const ILIAC_CREST = ILIAC_CREST_DX.map(([dx, y]): AtlasXY => [(400 + dx) / 800, y / 1850]);

/** Back view (800 x 1850; body's right on the viewer's right). */
export const BACK = {
  /** Just inside the medial border of the shoulder blade, 9 view units toward the spine. */
  medialScapularBorder: band(MEDIAL_BORDER, 0.01),
  backOfTheShoulder: oval(0.745, 0.228, 0.03, 0.02),
  backOfTheArm: oval(0.765, 0.3, 0.015, 0.035),
  iliacCrest: band(ILIAC_CREST, 0.008),
  sacroiliacJoint: oval(0.54, 0.445, 0.014, 0.012),
  sacrum: oval(0.515, 0.465, 0.014, 0.022),
  buttock: oval(0.62, 0.475, 0.05, 0.022),
  lowerButtock: oval(0.6, 0.515, 0.045, 0.012),
  lowBack: oval(0.55, 0.385, 0.022, 0.025),
  upperThigh: oval(0.6, 0.56, 0.04, 0.025),
};

/** Front view (800 x 1850; body's right on the viewer's LEFT). */
export const FRONT = {
  sternum: oval(0.488, 0.235, 0.012, 0.03),
  chest: oval(0.41, 0.235, 0.04, 0.025),
  frontOfTheShoulder: oval(0.27, 0.215, 0.022, 0.02),
  frontOfTheArm: oval(0.225, 0.31, 0.018, 0.04),
  /** Thumb side of the forearm, down to the thumb and index finger. */
  forearmToThumb: band(
    [
      [0.175, 0.4],
      [0.145, 0.46],
      [0.115, 0.52],
      [0.09, 0.56],
    ],
    0.012,
  ),
  forehead: oval(0.47, 0.05, 0.022, 0.01),
  foreheadOtherSide: oval(0.53, 0.05, 0.022, 0.01),
  lowerAbdomen: oval(0.44, 0.45, 0.035, 0.02),
  groin: oval(0.44, 0.5, 0.022, 0.012),
};

/** Right side view (600 x 1850; face toward the viewer's right). */
export const SIDE = {
  lateralHip: oval(0.44, 0.47, 0.03, 0.02),
  greaterTrochanter: oval(0.42, 0.515, 0.025, 0.015),
  lateralThigh: band(
    [
      [0.425, 0.55],
      [0.435, 0.62],
      [0.445, 0.67],
    ],
    0.02,
  ),
};
