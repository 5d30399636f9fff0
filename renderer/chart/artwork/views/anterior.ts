/**
 * Front view, as when facing the client: the body's right is on the viewer's LEFT. Authored on
 * the viewer's left (the body's right) as (dx, y) from the midline and mirrored.
 *
 * Neck: the two heads of the sternocleidomastoid run from behind the angle of the jaw down to
 * the sternum and the inner clavicle; the scalenes fill the hollow above the clavicle behind
 * them; the upper trapezius is the shoulder slope. The anterior triangle (midline to the front
 * edge of the SCM, below the jaw line) is a caution zone.
 */
import {
  chain,
  closedLine,
  finishView,
  loop,
  node,
  openLine,
  pairedLines,
  pairedTiles,
  part,
  straight,
} from '../build';
import type { ArtworkCaution, ArtworkLine, ArtworkRegion, ArtworkView, Pt } from '../types';
import {
  acrossMidline,
  CX,
  EAR_INNER,
  frontBackBody,
  FULL_HEIGHT,
  FULL_WIDTH,
  HAND_LINES,
  hugHalf,
  skinHalf,
  TOE_LINES,
} from './front-back-body';

const SCM_TOP: Pt = [47.5, 266]; // the two heads meet under the angle of the jaw
const NECK_SIDE = skinHalf('front', [54, 298]); // SCM, scalenes and trapezius meet at the side of the neck
const ACROMION = skinHalf('front', [213, 363]);

/** Clavicle, from the sternal notch to the acromion; the muscles above and below meet on it. */
const CLAVICLE_CONTROL: Pt[] = [
  [10, 375],
  [24, 378],
  [48, 379],
  [80, 376],
  [115, 371],
  [150, 366],
  [180, 364],
  ACROMION,
];
const CLAVICLE = chain(CLAVICLE_CONTROL);
const SCM_FRONT = chain([SCM_TOP, [41, 282], [33, 305], [24, 333], [16, 356], node(CLAVICLE, 0)]);
const SCM_SPLIT = chain([SCM_TOP, [46.5, 290], [42, 318], [33, 348], node(CLAVICLE, 1)]);
const SCM_BACK = chain([SCM_TOP, [51, 282], NECK_SIDE, [53, 330], [51, 355], node(CLAVICLE, 2)]);
const TRAPEZIUS_FRONT = chain([NECK_SIDE, [66, 318], [88, 342], node(CLAVICLE, 4)]);
const DELTOPECTORAL = chain([
  node(CLAVICLE, 5),
  [168, 385],
  [180, 410],
  [184, 435],
  [197, 468],
  [214, 500],
  skinHalf('front', [250, 526]),
]);
const PEC_LOWER = chain([node(DELTOPECTORAL, 3), [168, 458], [140, 492], [105, 520], [65, 534], [28, 533], [9, 522]]);
const STERNAL_EDGE = chain([node(PEC_LOWER, 6), [7.5, 450], [8.5, 392], node(CLAVICLE, 0)]);
/** Top of the caution zone, a finger's width below the jaw line. */
const BELOW_JAW = chain([[0, 295], [14, 294], [28, 290], node(SCM_FRONT, 1)]);

const hug = (from: Pt, to: Pt) => hugHalf('front', from, to);

function tiles(): Record<string, Pt[]> {
  return {
    'Sternocleidomastoid (sternal)': loop(part(SCM_SPLIT), part(CLAVICLE, 1, 0), part(SCM_FRONT, 5, 0)),
    'Sternocleidomastoid (clavicular)': loop(part(SCM_BACK), part(CLAVICLE, 2, 1), part(SCM_SPLIT, 4, 0)),
    Scalenes: loop(part(TRAPEZIUS_FRONT), part(CLAVICLE, 4, 2), part(SCM_BACK, 5, 2)),
    'Upper trapezius': loop(hug(NECK_SIDE, ACROMION), part(CLAVICLE, 7, 4), part(TRAPEZIUS_FRONT, 3, 0)),
    'Pectoralis major': loop(part(CLAVICLE, 0, 5), part(DELTOPECTORAL, 0, 3), part(PEC_LOWER), part(STERNAL_EDGE)),
    Deltoid: loop(part(CLAVICLE, 5, 7), hug(ACROMION, node(DELTOPECTORAL, 6)), part(DELTOPECTORAL, 6, 0)),
  };
}

function regions(): ArtworkRegion[] {
  return Object.entries(tiles()).flatMap(([muscle, polygon]) => pairedTiles(CX, muscle, 'right', polygon));
}

/** The anterior triangle: below the jaw line, from the midline to the front edge of the SCM. */
function caution(): ArtworkCaution[] {
  const triangle = loop(
    part(BELOW_JAW),
    part(SCM_FRONT, 1, 5),
    straight(node(CLAVICLE, 0), [0, 375], 2),
    straight([0, 375], [0, 295]),
  );
  const mirror = (p: Pt): Pt => [CX + p[0], p[1]];
  return [
    {
      id: 'anterior-triangle-right',
      label: 'Front of the neck, right (anterior triangle)',
      points: triangle.map((p): Pt => [CX - p[0], p[1]]),
    },
    {
      id: 'anterior-triangle-left',
      label: 'Front of the neck, left (anterior triangle)',
      points: triangle.map(mirror).reverse(),
    },
  ];
}

const NAVEL: Pt[] = [
  [CX, 746],
  [CX + 4, 752],
  [CX, 759],
  [CX - 4, 752],
];

function lines(): ArtworkLine[] {
  return [
    // jaw line, angle to chin
    acrossMidline([
      [57, 242],
      [50, 259],
      [36, 275],
      [18, 285],
      [0, 288],
    ]),
    ...pairedLines(CX, EAR_INNER),
    ...pairedLines(CX, CLAVICLE_CONTROL),
    // lower margin of the rib cage
    acrossMidline([
      [128, 668],
      [100, 628],
      [62, 590],
      [28, 562],
      [0, 548],
    ]),
    openLine([
      [CX, 552],
      [CX, 650],
      [CX, 738],
    ]),
    closedLine(NAVEL, 6),
    // iliac crest to the groin
    ...pairedLines(CX, [
      [155, 762],
      [146, 784],
      [128, 812],
      [95, 857],
      [55, 896],
      [20, 920],
    ]),
    // kneecaps
    ...pairedLines(
      CX,
      [
        [87, 1274],
        [103, 1289],
        [102, 1316],
        [87, 1329],
        [72, 1316],
        [71, 1289],
      ],
      true,
    ),
    // elbow creases
    ...pairedLines(CX, [
      [214, 728],
      [234, 733],
      [254, 726],
    ]),
    ...HAND_LINES.flatMap((l) => pairedLines(CX, l)),
    ...TOE_LINES.flatMap((l) => pairedLines(CX, l)),
  ];
}

export const anterior: ArtworkView = finishView({
  id: 'anterior',
  label: 'Front',
  width: FULL_WIDTH,
  height: FULL_HEIGHT,
  body: frontBackBody('front'),
  regions: regions(),
  caution: caution(),
  lines: lines(),
});
