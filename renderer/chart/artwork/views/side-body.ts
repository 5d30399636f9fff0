/**
 * The muscles, caution zone and anatomy lines of the body seen from its right side, shared by
 * the right-lateral view and the head-and-neck detail from the right (the left-side views are
 * their mirror images). The outline is in side-outline.ts. No trunk region runs under the near
 * arm: their borders follow the arm's outline on the outside.
 *
 * Neck, from the back: upper trapezius (the posterolateral neck and shoulder), the posterior
 * triangle (splenius capitis at its apex, levator scapulae across it, scalenes low down),
 * sternocleidomastoid (clavicular head behind, sternal head in front), then the anterior
 * triangle (caution) up to the front of the neck.
 */
import { chain, closedLine, loop, node, openLine, part, regionOf } from '../build';
import { smoothClosed } from '../geometry';
import type { ArtworkCaution, ArtworkLine, ArtworkRegion, Pt } from '../types';
import { alongArm, alongArmInside, alongSkin, offArm, onArm, onSkin } from './side-outline';

// ---- neck -------------------------------------------------------------------------------

const INION = onSkin([213, 206]);
/** Superior nuchal line: inion to mastoid (the base of the skull). */
const SKULL_CONTROL: Pt[] = [INION, [240, 215], [257, 221], [271, 229], [286, 241]];
const SKULL = chain(SKULL_CONTROL);
const STERNUM = onSkin([336, 372]);
/** Medial clavicle, from the sternum back to the shoulder. */
const CLAVICLE_CONTROL: Pt[] = [STERNUM, [331, 372], [325, 370], offArm([318, 366])];
const CLAVICLE = chain(CLAVICLE_CONTROL);
const SCM_FRONT = chain([node(SKULL, 4), [301, 272], [316, 303], [327, 337], STERNUM]);
const SCM_SPLIT = chain([node(SKULL, 3), [285, 265], [302, 303], [318, 340], node(CLAVICLE, 1)]);
const SCM_BACK = chain([node(SKULL, 2), [268, 258], [283, 300], [302, 338], node(CLAVICLE, 2)]);
const TRAP_TOP = offArm([282, 345]);
/** Front border of the trapezius, from the occiput to the top of the shoulder. */
const TRAP_FRONT = chain([node(SKULL, 1), [246, 236], [254, 252], [263, 290], [273, 325], TRAP_TOP]);
/** Splenius capitis | levator scapulae, across the posterior triangle. */
const SPLENIUS_LEVATOR = chain([node(SCM_BACK, 1), [265, 274], node(TRAP_FRONT, 3)]);
const LEVATOR_SCALENES = chain([node(SCM_BACK, 2), [277, 312], node(TRAP_FRONT, 4)]);
const TRAP_LOW = chain([onSkin([226, 340]), [248, 349], offArm([266, 356])]);
/** Detail view: the suboccipitals below the skull and semispinalis capitis along the nape. */
const SUBOCCIPITAL_LOW = chain([onSkin([230, 233]), [239, 240], node(TRAP_FRONT, 1)]);
const SEMISPINALIS_FRONT = chain([node(SUBOCCIPITAL_LOW, 1), [248, 262], [251, 286], onSkin([239, 312])]);
/** Top of the caution zone: a finger's width below the jaw line. */
const BELOW_JAW = chain([node(SCM_FRONT, 1), [320, 286], [334, 297], onSkin([342, 305])]);

// ---- trunk ------------------------------------------------------------------------------

const PSIS = onSkin([213, 795]);
const CREST_FRONT = offArm([273, 752]);
/** Iliac crest, from the back to where the forearm hides it. */
const CREST_CONTROL: Pt[] = [PSIS, [232, 770], [252, 757], CREST_FRONT];
const CREST = chain(CREST_CONTROL);
const GLUTE_SPLIT = chain([node(CREST, 1), [252, 805], [270, 840], offArm([286, 872])]);
const GLUTEAL_FOLD = chain([onSkin([219, 988]), [250, 992], offArm([296, 985])]);

// ---- arm --------------------------------------------------------------------------------

const DELTOID_FRONT = onArm([344, 440]);
const DELTOID_BACK = onArm([248, 440]);
const DELTOID_LOW = chain([DELTOID_FRONT, [331, 482], [315, 516], [299, 538], [282, 514], [263, 478], DELTOID_BACK]);

/** The regions of the side view, in this view's coordinates (right side). */
export function sideTiles(detail: boolean): Record<string, Pt[]> {
  const tiles: Record<string, Pt[]> = {
    'Sternocleidomastoid (sternal)': loop(
      part(SCM_SPLIT),
      part(CLAVICLE, 1, 0),
      part(SCM_FRONT, 4, 0),
      part(SKULL, 4, 3),
    ),
    'Sternocleidomastoid (clavicular)': loop(
      part(SCM_BACK),
      part(CLAVICLE, 2, 1),
      part(SCM_SPLIT, 4, 0),
      part(SKULL, 3, 2),
    ),
    'Splenius capitis': loop(part(SKULL, 1, 2), part(SCM_BACK, 0, 1), part(SPLENIUS_LEVATOR), part(TRAP_FRONT, 3, 0)),
    'Levator scapulae': loop(
      part(SPLENIUS_LEVATOR, 2, 0),
      part(SCM_BACK, 1, 2),
      part(LEVATOR_SCALENES),
      part(TRAP_FRONT, 4, 3),
    ),
    Scalenes: loop(
      part(LEVATOR_SCALENES, 2, 0),
      part(SCM_BACK, 2, 4),
      part(CLAVICLE, 2, 3),
      alongArm(node(CLAVICLE, 3), TRAP_TOP),
      part(TRAP_FRONT, 5, 4),
    ),
    'Upper trapezius': loop(
      alongSkin(node(TRAP_LOW, 0), INION),
      part(SKULL, 0, 1),
      part(TRAP_FRONT),
      alongArm(TRAP_TOP, node(TRAP_LOW, 2)),
      part(TRAP_LOW, 2, 0),
    ),
    Deltoid: loop(alongArmInside(DELTOID_BACK, DELTOID_FRONT), part(DELTOID_LOW)),
  };
  if (detail) {
    Object.assign(tiles, {
      Suboccipitals: loop(
        alongSkin(node(SUBOCCIPITAL_LOW, 0), INION),
        part(SKULL, 0, 1),
        part(TRAP_FRONT, 0, 1),
        part(SUBOCCIPITAL_LOW, 2, 0),
      ),
      'Semispinalis capitis': loop(
        part(SUBOCCIPITAL_LOW, 0, 1),
        part(SEMISPINALIS_FRONT),
        alongSkin(node(SEMISPINALIS_FRONT, 3), node(SUBOCCIPITAL_LOW, 0)),
      ),
      'Upper trapezius': loop(
        alongSkin(node(TRAP_LOW, 0), node(SEMISPINALIS_FRONT, 3)),
        part(SEMISPINALIS_FRONT, 3, 0),
        part(SUBOCCIPITAL_LOW, 1, 2),
        part(TRAP_FRONT, 1, 5),
        alongArm(TRAP_TOP, node(TRAP_LOW, 2)),
        part(TRAP_LOW, 2, 0),
      ),
    });
  } else {
    Object.assign(tiles, {
      'Quadratus lumborum': smoothClosed(
        [
          [222, 628],
          [240, 621],
          [251, 634],
          [254, 680],
          [253, 724],
          [245, 741],
          [232, 742],
          [228, 700],
          [225, 660],
        ],
        10,
      ),
      'Gluteus medius': loop(part(CREST, 1, 3), alongArm(CREST_FRONT, node(GLUTE_SPLIT, 3)), part(GLUTE_SPLIT, 3, 0)),
      'Gluteus maximus': loop(
        part(CREST, 0, 1),
        part(GLUTE_SPLIT),
        alongArm(node(GLUTE_SPLIT, 3), node(GLUTEAL_FOLD, 2)),
        part(GLUTEAL_FOLD, 2, 0),
        alongSkin(node(GLUTEAL_FOLD, 0), PSIS),
      ),
    });
  }
  return tiles;
}

/** Temporalis and masseter, for orientation on the side of the head (detail views). */
function headDetail(): ArtworkRegion[] {
  return [
    regionOf(
      'Temporalis',
      'right',
      smoothClosed(
        [
          [266, 131],
          [281, 111],
          [305, 99],
          [331, 96],
          [354, 105],
          [366, 125],
          [363, 150],
          [351, 170],
          [337, 186],
          [317, 188],
          [309, 170],
          [299, 153],
          [283, 143],
        ],
        10,
      ),
    ),
    regionOf(
      'Masseter',
      'right',
      smoothClosed(
        [
          [314, 196],
          [337, 193],
          [358, 198],
          [351, 225],
          [344, 252],
          [338, 273],
          [320, 269],
          [307, 261],
          [305, 236],
          [308, 212],
        ],
        10,
      ),
    ),
  ];
}

export function sideRegions(detail: boolean): ArtworkRegion[] {
  const tiles = Object.entries(sideTiles(detail)).map(([muscle, polygon]) => regionOf(muscle, 'right', polygon));
  return detail ? [...tiles, ...headDetail()] : tiles;
}

export function sideCaution(): ArtworkCaution[] {
  return [
    {
      id: 'anterior-triangle-right',
      label: 'Front of the neck, right (anterior triangle)',
      points: loop(part(BELOW_JAW), alongSkin(node(BELOW_JAW, 3), STERNUM), part(SCM_FRONT, 4, 1)),
    },
  ];
}

const EAR: Pt[] = [
  [297, 150],
  [284, 155],
  [277, 174],
  [279, 198],
  [287, 219],
  [296, 224],
  [302, 212],
  [305, 193],
  [304, 166],
];
const EAR_INNER: Pt[] = [
  [298, 162],
  [288, 171],
  [287, 191],
  [295, 205],
];

export function sideLines(detail: boolean): ArtworkLine[] {
  const lines: ArtworkLine[] = [
    closedLine(EAR, 8),
    openLine(EAR_INNER),
    // jaw: ramus and lower border
    openLine([
      [307, 204],
      [304, 236],
      [301, 258],
      [309, 267],
      [340, 279],
      [370, 288],
    ]),
    openLine(SKULL_CONTROL),
    // eye and brow
    openLine([
      [377, 171],
      [386, 167],
      [395, 171],
    ]),
    openLine([
      [372, 156],
      [386, 151],
      [398, 155],
    ]),
    openLine(CLAVICLE_CONTROL),
  ];
  if (!detail) {
    lines.push(
      openLine(CREST_CONTROL),
      openLine([
        [349, 772],
        [364, 786],
        [372, 803],
      ]),
      // kneecap and ankle bone
      openLine([
        [348, 1276],
        [358, 1300],
        [349, 1324],
      ]),
      closedLine(
        [
          [292, 1710],
          [299, 1717],
          [292, 1724],
          [285, 1717],
        ],
        6,
      ),
      // thumb
      openLine([
        [362, 1034],
        [356, 1004],
        [349, 978],
      ]),
    );
  }
  return lines;
}
