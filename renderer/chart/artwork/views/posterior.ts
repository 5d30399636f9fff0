/**
 * Back view: the body's left is on the viewer's left. Authored on the viewer's left (the body's
 * left) as (dx, y) from the midline and mirrored.
 *
 * The muscles tile the back along shared borders (chains), as they are found under the hand:
 * in the neck, from the midline out, semispinalis capitis, splenius capitis, levator scapulae and
 * the edge of the upper trapezius; on the shoulder the upper and middle trapezius, deltoid; over
 * and around the shoulder blade rhomboids, infraspinatus, teres major, lower trapezius; below,
 * latissimus dorsi, erector spinae, quadratus lumborum (drawn over the latissimus, lateral to the
 * erectors, where it is pressed), gluteus medius and maximus.
 */
import { chain, finishView, loop, node, openLine, pairedLines, pairedTiles, part, straight } from '../build';
import type { ArtworkLine, ArtworkRegion, ArtworkView, Pt } from '../types';
import {
  acrossMidline,
  CX,
  frontBackBody,
  FULL_HEIGHT,
  FULL_WIDTH,
  HAND_LINES,
  hugHalf,
  skinHalf,
} from './front-back-body';

const MID = 0; // left and right regions meet on the midline

// Nodes where borders meet (dx, y).
const ACROMION = skinHalf('back', [212, 364]);
const ROOT: Pt = [77, 381]; // root of the spine of the scapula, on its medial border
const INFERIOR_ANGLE: Pt = [101, 498];
const T: Pt = [50, 248]; // top of levator scapulae, below the mastoid
const P1: Pt = [32, 590]; // lower trapezius, latissimus and erector spinae meet
const PSIS: Pt = [41, 798];
const CREST_END = skinHalf('back', [142, 762]);
const ARMPIT = skinHalf('back', [161, 472], 1.5);

/** Superior nuchal line, from the midline to the mastoid: the base of the skull. */
const SKULL_CONTROL: Pt[] = [[MID, 209.5], [16, 211], [30, 214], [45, 221], [56, 231], skinHalf('back', [61, 242])];
export const SKULL = chain(SKULL_CONTROL);
const SEMI_LAT = chain([node(SKULL, 2), [24, 240], [17, 268], [10, 290], [MID, 302]]);
const SPLEN_LAT = chain([node(SKULL, 4), T, [41, 270], [37, 293], [43, 317], [53, 330]]);
/** Upper | middle trapezius, from C7 to the acromion. */
const UPPER_MIDDLE = chain([[MID, 308], [28, 318], [53, 330], [80, 342], [120, 353], [160, 359], [192, 362], ACROMION]);
const LEVATOR_LAT = chain([node(UPPER_MIDDLE, 3), [64, 315], [53, 289], [49, 265], T]);
/** Spine of the scapula. */
export const SCAPULAR_SPINE = chain([ROOT, [110, 375], [150, 369], [185, 366], ACROMION]);
const MIDDLE_RHOMBOID = chain([[MID, 395], [30, 391], [55, 386], ROOT]);
/** Medial border of the scapula, root of the spine to the inferior angle. */
const MEDIAL_BORDER = chain([ROOT, [82, 410], [88, 450], [95, 485], INFERIOR_ANGLE]);
const RHOMBOID_LOWER = chain([[MID, 458], [35, 470], [70, 486], INFERIOR_ANGLE]);
const LOWER_TRAP_LAT = chain([INFERIOR_ANGLE, [80, 525], [56, 558], P1, [MID, 616]]);
const DELTOID_MEDIAL = chain([
  node(SCAPULAR_SPINE, 2),
  [158, 394],
  [172, 423],
  [186, 450],
  [206, 484],
  [226, 508],
  skinHalf('back', [251, 526]),
]);
const INFRA_TERES = chain([INFERIOR_ANGLE, [125, 484], [155, 466], node(DELTOID_MEDIAL, 3)]);
const TERES_LAT = chain([INFERIOR_ANGLE, [128, 494], [148, 484], ARMPIT]);
const TERES_ARM = chain([node(DELTOID_MEDIAL, 4), [186, 482], [168, 474], ARMPIT]);
const ERECTOR_LAT = chain([P1, [46, 622], [53, 650], [55, 700], [53, 742], PSIS]);
const ERECTOR_LOW = chain([PSIS, [22, 808], [MID, 812]]);
/** Iliac crest, from the posterior superior iliac spine outwards. */
export const ILIAC_CREST = chain([PSIS, [62, 779], [95, 763], [130, 757], CREST_END]);
const QL_OUTER = chain([
  node(ERECTOR_LAT, 4),
  [76, 748],
  [99, 741],
  [107, 705],
  [104, 665],
  [95, 634],
  [74, 627],
  node(ERECTOR_LAT, 2),
]);
const GLUTE_SPLIT = chain([node(ILIAC_CREST, 1), [78, 800], [106, 824], [140, 847], skinHalf('back', [168, 868])]);
const SACRUM_CONTROL: Pt[] = [PSIS, [28, 842], [12, 882], [MID, 900]];
const SACRUM_EDGE = chain(SACRUM_CONTROL);
const GLUTEAL_FOLD = chain([[MID, 968], [40, 978], [95, 981], [140, 971], skinHalf('back', [174, 950])]);

/** Lower edge of the suboccipitals (detail view): C2 level at the midline, out to the mastoid. */
const SUBOCCIPITAL_LOW = chain([[MID, 243], [12, 243], node(SEMI_LAT, 1), [40, 236], node(SKULL, 4)]);
/** Splenius capitis | splenius cervicis, at the angle of the neck (detail view). */
const SPLENIUS_SPLIT = chain([node(SPLEN_LAT, 2), [35, 296], node(UPPER_MIDDLE, 1)]);

const hug = (from: Pt, to: Pt) => hugHalf('back', from, to);

/**
 * `detail`: the head-and-neck view, which also shows the suboccipitals below the skull and
 * splenius cervicis at the angle of the neck, beside splenius capitis.
 */
function tiles(detail = false): Record<string, Pt[]> {
  const neckTop: Record<string, Pt[]> = detail
    ? {
        Suboccipitals: loop(part(SKULL, 0, 4), part(SUBOCCIPITAL_LOW, 4, 0), straight([MID, 243], [MID, 209.5])),
        'Semispinalis capitis': loop(
          part(SUBOCCIPITAL_LOW, 0, 2),
          part(SEMI_LAT, 1, 4),
          straight([MID, 302], [MID, 243]),
        ),
        'Splenius capitis': loop(
          part(SUBOCCIPITAL_LOW, 2, 4),
          part(SPLEN_LAT, 0, 2),
          part(SPLENIUS_SPLIT),
          part(UPPER_MIDDLE, 1, 0),
          [[MID, 302]],
          part(SEMI_LAT, 4, 1),
        ),
        'Splenius cervicis': loop(part(SPLEN_LAT, 2, 5), part(UPPER_MIDDLE, 2, 1), part(SPLENIUS_SPLIT, 2, 0)),
      }
    : {
        'Semispinalis capitis': loop(part(SKULL, 0, 2), part(SEMI_LAT), straight([MID, 302], [MID, 209.5])),
        'Splenius capitis': loop(
          part(SKULL, 2, 4),
          part(SPLEN_LAT),
          part(UPPER_MIDDLE, 2, 0),
          [[MID, 302]],
          part(SEMI_LAT, 4, 0),
        ),
      };
  return {
    ...neckTop,
    'Levator scapulae': loop(part(SPLEN_LAT, 1, 5), part(UPPER_MIDDLE, 2, 3), part(LEVATOR_LAT)),
    'Upper trapezius': loop(
      part(SKULL, 4, 5),
      hug(node(SKULL, 5), ACROMION),
      part(UPPER_MIDDLE, 7, 3),
      part(LEVATOR_LAT),
      part(SPLEN_LAT, 1, 0),
    ),
    'Middle trapezius': loop(
      part(UPPER_MIDDLE),
      part(SCAPULAR_SPINE, 4, 0),
      part(MIDDLE_RHOMBOID, 3, 0),
      straight([MID, 395], [MID, 308]),
    ),
    Rhomboids: loop(
      part(MIDDLE_RHOMBOID),
      part(MEDIAL_BORDER),
      part(RHOMBOID_LOWER, 3, 0),
      straight([MID, 458], [MID, 395]),
    ),
    'Lower trapezius': loop(part(RHOMBOID_LOWER), part(LOWER_TRAP_LAT), straight([MID, 616], [MID, 458])),
    Infraspinatus: loop(
      part(SCAPULAR_SPINE, 0, 2),
      part(DELTOID_MEDIAL, 0, 3),
      part(INFRA_TERES, 3, 0),
      part(MEDIAL_BORDER, 4, 0),
    ),
    'Teres major': loop(part(INFRA_TERES), part(DELTOID_MEDIAL, 3, 4), part(TERES_ARM), part(TERES_LAT, 3, 0)),
    Deltoid: loop(hug(ACROMION, node(DELTOID_MEDIAL, 6)), part(DELTOID_MEDIAL, 6, 0), part(SCAPULAR_SPINE, 2, 4)),
    'Latissimus dorsi': loop(
      part(TERES_LAT),
      hug(ARMPIT, CREST_END),
      part(ILIAC_CREST, 4, 0),
      part(ERECTOR_LAT, 5, 0),
      part(LOWER_TRAP_LAT, 3, 0),
    ),
    'Erector spinae': loop(
      part(LOWER_TRAP_LAT, 4, 3),
      part(ERECTOR_LAT),
      part(ERECTOR_LOW),
      straight([MID, 812], [MID, 616]),
    ),
    'Quadratus lumborum': loop(part(ERECTOR_LAT, 2, 4), part(QL_OUTER)),
    'Gluteus medius': loop(part(ILIAC_CREST, 1, 4), hug(CREST_END, node(GLUTE_SPLIT, 4)), part(GLUTE_SPLIT, 4, 0)),
    'Gluteus maximus': loop(
      part(ILIAC_CREST, 0, 1),
      part(GLUTE_SPLIT),
      hug(node(GLUTE_SPLIT, 4), node(GLUTEAL_FOLD, 4)),
      part(GLUTEAL_FOLD, 4, 0),
      straight([MID, 968], [MID, 900]),
      part(SACRUM_EDGE, 3, 0),
    ),
  };
}

/** The regions of the back, left and right; `detail` for the head-and-neck view. */
export function posteriorRegions(detail = false): ArtworkRegion[] {
  return Object.entries(tiles(detail)).flatMap(([muscle, polygon]) => pairedTiles(CX, muscle, 'left', polygon));
}

const EAR_BACK: Pt[] = [
  [80, 156],
  [86, 180],
  [80, 204],
];

/** Superior border and upper medial border of the scapula, and its lateral border. */
const SCAPULA_UPPER: Pt[] = [
  [112, 344],
  [88, 340],
  [72, 344], // superior angle
  [74, 362],
  ROOT,
];
const SCAPULA_LATERAL: Pt[] = [INFERIOR_ANGLE, [118, 490], [146, 456], [166, 424], [178, 402]];

export function spineLine(from: number, to: number): ArtworkLine {
  return openLine([
    [CX, from],
    [CX, (from + to) / 2],
    [CX, to],
  ]);
}

export function posteriorNeckLines(): ArtworkLine[] {
  return [
    acrossMidline([[62, 243], ...SKULL_CONTROL.slice(1).reverse(), [0, 209.5]]),
    ...pairedLines(CX, EAR_BACK),
    spineLine(232, 800),
    ...pairedLines(CX, SCAPULA_UPPER),
  ];
}

function lines(): ArtworkLine[] {
  return [
    ...posteriorNeckLines(),
    ...pairedLines(CX, SCAPULA_LATERAL),
    // sacrum and the cleft between the buttocks
    acrossMidline([...SACRUM_CONTROL.slice(0, -1), [0, 904]]),
    spineLine(904, 975),
    // backs of the knees
    ...pairedLines(CX, [
      [60, 1302],
      [88, 1306],
      [116, 1302],
    ]),
    // elbows
    ...pairedLines(CX, [
      [226, 700],
      [237, 710],
      [250, 702],
    ]),
    ...HAND_LINES.slice(1).flatMap((l) => pairedLines(CX, l)),
  ];
}

export const posterior: ArtworkView = finishView({
  id: 'posterior',
  label: 'Back',
  width: FULL_WIDTH,
  height: FULL_HEIGHT,
  body: frontBackBody('back'),
  regions: posteriorRegions(),
  caution: [],
  lines: lines(),
});
