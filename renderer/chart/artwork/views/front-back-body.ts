/**
 * The full-body outline seen from the front and from the back, shared by the anterior and
 * posterior views (and cropped by the head-and-neck detail from behind). Standing upright, arms
 * hanging a little away from the body, palms forward, feet a hand apart.
 *
 * Proportions of a reference adult 1750 mm tall (sole at y = 1800, vertex at y = 50): head
 * 235 mm (about 1/7.5), chin 285, shoulders 365, nipples ~530, elbows ~710, iliac crest ~755,
 * crotch ~995, fingertips ~1150, knees ~1305, ankles ~1720. Everything is authored as (dx, y):
 * distance from the midline on the viewer's left, mirrored for the other half.
 */
import { leftOf, openLine, rightOf, symmetricOutline } from '../build';
import { hug, smoothClosed, snapInside } from '../geometry';
import type { ArtworkLine, Pt } from '../types';

export const FULL_WIDTH = 800;
export const FULL_HEIGHT = 1850;
export const CX = FULL_WIDTH / 2;

const HEAD_FRONT: Pt[] = [
  [0, 50],
  [34, 55],
  [58, 70],
  [72, 92],
  [78, 120],
  [79, 150],
  [77, 178],
  [73, 204],
  [66, 226],
  [57, 243], // angle of the jaw
  [52, 258], // the neck under the jaw
  [53, 278],
  [57, 293],
];

const HEAD_BACK: Pt[] = [
  [0, 50],
  [34, 55],
  [58, 70],
  [72, 92],
  [78, 120],
  [79, 150],
  [77, 180],
  [72, 208],
  [66, 228],
  [61, 243], // mastoid
  [58, 258],
  [58, 276],
  [61, 292],
];

/** From the base of the neck over the shoulder, round the arm and hand, down the trunk and leg. */
const SHOULDER_ARM_TRUNK_LEG: Pt[] = [
  [70, 306],
  [94, 319],
  [128, 331],
  [163, 342],
  [193, 351],
  [213, 362], // acromion
  [230, 379],
  [241, 404],
  [245, 440],
  [249, 500],
  [254, 570],
  [261, 640],
  [268, 705], // elbow
  [280, 760],
  [294, 830],
  [308, 900],
  [318, 950], // wrist, thumb side
  [329, 976],
  [339, 1000],
  [346, 1022],
  [349, 1041],
  [345, 1052], // thumb tip
  [339, 1049],
  [335, 1040], // web of the thumb
  [336, 1062],
  [336, 1095],
  [333, 1122],
  [327, 1140],
  [313, 1152], // fingertips
  [297, 1152],
  [283, 1145],
  [271, 1128],
  [263, 1098],
  [258, 1060],
  [257, 1020],
  [259, 986],
  [265, 957], // wrist, little-finger side
  [257, 920],
  [248, 860],
  [236, 790],
  [222, 745],
  [206, 718], // inside of the elbow
  [194, 680],
  [184, 620],
  [176, 560],
  [171, 510],
  [166, 480],
  [162, 472], // armpit
  [157, 486],
  [154, 540],
  [149, 610],
  [142, 675],
  [139, 720], // waist
  [143, 760],
  [152, 800],
  [165, 850],
  [173, 895], // greater trochanter
  [174, 950],
  [169, 1020],
  [160, 1100],
  [150, 1180],
  [140, 1250],
  [133, 1300], // knee
  [134, 1350],
  [140, 1410], // calf
  [138, 1480],
  [128, 1560],
  [118, 1640],
  [111, 1700], // ankle
];

const FOOT_FRONT: Pt[] = [
  [117, 1726], // outer ankle bone
  [124, 1750],
  [132, 1772],
  [135, 1790],
  [126, 1801],
  [104, 1806],
  [78, 1807],
  [55, 1803],
  [42, 1795],
  [40, 1776],
  [45, 1752],
  [51, 1733], // inner ankle bone
];

const FOOT_BACK: Pt[] = [
  [116, 1726],
  [121, 1752],
  [124, 1776],
  [117, 1795],
  [100, 1803],
  [80, 1804],
  [62, 1800],
  [50, 1788],
  [47, 1764],
  [50, 1738],
];

const INNER_LEG: Pt[] = [
  [53, 1718],
  [52, 1660],
  [44, 1580],
  [36, 1490],
  [34, 1420],
  [38, 1360],
  [41, 1315], // knee
  [37, 1250],
  [28, 1160],
  [17, 1080],
  [8, 1025],
  [0, 998], // crotch
];

const EAR: Pt[] = [
  [74, 150],
  [84, 145],
  [90, 158],
  [90, 182],
  [84, 206],
  [75, 219],
  [70, 200],
  [71, 170],
];

const outlines = new Map<'front' | 'back', Pt[]>();

export function bodyOutline(side: 'front' | 'back'): Pt[] {
  let outline = outlines.get(side);
  if (!outline) {
    const half = [
      ...(side === 'front' ? HEAD_FRONT : HEAD_BACK),
      ...SHOULDER_ARM_TRUNK_LEG,
      ...(side === 'front' ? FOOT_FRONT : FOOT_BACK),
      ...INNER_LEG,
    ];
    outline = symmetricOutline(CX, half, 10);
    outlines.set(side, outline);
  }
  return outline;
}

/** The point just inside the skin next to `p` (dx, y): a node where a region border meets the skin. */
export function skinHalf(side: 'front' | 'back', p: Pt, inset = 0.4): Pt {
  const [x, y] = snapInside(bodyOutline(side), [CX - p[0], p[1]], inset);
  return [CX - x, y];
}

/** `hug` on the viewer's left half, in (dx, y): a region edge following the skin `inset` mm inside. */
export function hugHalf(side: 'front' | 'back', from: Pt, to: Pt, inset = 0.4): Pt[] {
  const toView = (p: Pt): Pt => [CX - p[0], p[1]];
  return hug(bodyOutline(side), toView(from), toView(to), inset).map(toView);
}

/** Ears first (the head's outline is drawn over their roots), then the body. */
export function frontBackBody(side: 'front' | 'back'): Pt[][] {
  return [smoothClosed(leftOf(CX, EAR), 8), smoothClosed(rightOf(CX, EAR), 8), bodyOutline(side)];
}

/** A line authored on the viewer's left and continued through the midline to the right. */
export function acrossMidline(half: readonly Pt[]): ArtworkLine {
  const left = leftOf(CX, half);
  const right = rightOf(CX, half.slice(0, -1)).reverse();
  return openLine([...left, ...right]);
}

/** Toes seen from the front. */
export const TOE_LINES: Pt[][] = [
  [
    [60, 1790],
    [61, 1804],
  ],
  [
    [75, 1792],
    [76, 1806],
  ],
  [
    [90, 1792],
    [91, 1805],
  ],
  [
    [104, 1791],
    [106, 1803],
  ],
];

export const EAR_INNER: Pt[] = [
  [81, 157],
  [85, 178],
  [80, 202],
];

/** Hand details: thumb crease and the gaps between the fingers (same from front and back). */
export const HAND_LINES: Pt[][] = [
  [
    [334, 1038],
    [330, 1010],
    [322, 985],
  ],
  [
    [283, 1096],
    [287, 1124],
    [292, 1145],
  ],
  [
    [301, 1098],
    [303, 1128],
    [305, 1150],
  ],
  [
    [320, 1098],
    [319, 1126],
    [317, 1145],
  ],
];
