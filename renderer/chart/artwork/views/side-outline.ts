/**
 * The outline of the body seen from its right side (face toward the viewer's right), and of the
 * near arm, which hangs a little forward of the trunk and is drawn over it. Shared by the
 * right-lateral view and the head-and-neck detail from the right.
 *
 * Same reference body as the front and back: vertex y = 50, chin 288, shoulder top ~346, iliac
 * crest ~755, sole 1805. The plumb line (ear, shoulder, hip, ankle) is near x = 295.
 */
import { hug, smoothClosed, snapInside } from '../geometry';
import type { Pt } from '../types';

export const SIDE_WIDTH = 600;
export const SIDE_HEIGHT = 1850;

const TRUNK_CONTROL: Pt[] = [
  [295, 50], // vertex
  [338, 57],
  [372, 80],
  [394, 114], // forehead
  [401, 148],
  [400, 163], // brow
  [395, 175], // root of the nose
  [404, 193],
  [418, 210], // tip of the nose
  [414, 217],
  [402, 221],
  [404, 233], // upper lip
  [400, 243],
  [402, 252], // lower lip
  [395, 262],
  [399, 276], // chin
  [390, 288],
  [368, 293],
  [345, 300], // angle of chin and neck
  [341, 316],
  [346, 327], // larynx
  [340, 345],
  [336, 372], // top of the sternum
  [348, 398],
  [376, 440],
  [400, 485],
  [408, 520], // chest
  [402, 555],
  [388, 590],
  [382, 640],
  [390, 700],
  [398, 760], // belly
  [394, 820],
  [380, 875],
  [374, 915], // groin
  [378, 970],
  [380, 1050],
  [374, 1150],
  [362, 1250],
  [354, 1300], // knee
  [357, 1335],
  [347, 1395],
  [340, 1500],
  [335, 1600],
  [331, 1700], // front of the ankle
  [342, 1732],
  [380, 1752],
  [430, 1770],
  [476, 1783],
  [500, 1792], // toes
  [497, 1802],
  [440, 1805],
  [320, 1805],
  [262, 1802],
  [247, 1788], // heel
  [249, 1758],
  [262, 1722],
  [263, 1650],
  [250, 1560],
  [232, 1470], // calf
  [236, 1380],
  [252, 1320], // back of the knee
  [248, 1250],
  [232, 1150],
  [222, 1050],
  [218, 990], // gluteal fold
  [200, 955],
  [184, 900], // buttock
  [190, 840],
  [212, 790],
  [226, 740], // small of the back
  [222, 680],
  [210, 620],
  [198, 540],
  [196, 470],
  [204, 410],
  [220, 355],
  [236, 305],
  [242, 268], // nape
  [230, 232],
  [212, 200],
  [205, 160], // back of the head
  [211, 118],
  [232, 80],
  [260, 58],
];

const ARM_CONTROL: Pt[] = [
  [286, 346], // top of the shoulder
  [300, 350],
  [311, 360],
  [325, 378],
  [338, 402],
  [344, 436],
  [340, 490],
  [334, 560],
  [331, 640],
  [331, 700], // elbow
  [336, 760],
  [343, 850],
  [346, 945], // wrist
  [357, 968],
  [369, 998],
  [376, 1030],
  [371, 1042], // thumb
  [362, 1036],
  [362, 1072],
  [357, 1110],
  [347, 1139],
  [333, 1151], // fingertips
  [318, 1146],
  [304, 1122],
  [296, 1088],
  [294, 1040],
  [296, 992],
  [300, 955],
  [292, 900],
  [283, 830],
  [272, 762],
  [261, 712], // point of the elbow
  [257, 650],
  [252, 560],
  [249, 480],
  [248, 430],
  [251, 395],
  [259, 368],
  [272, 352],
];

let trunk: Pt[] | undefined;
let arm: Pt[] | undefined;

export function trunkOutline(): Pt[] {
  trunk ??= smoothClosed(TRUNK_CONTROL, 10);
  return trunk;
}

export function armOutline(): Pt[] {
  arm ??= smoothClosed(ARM_CONTROL, 10);
  return arm;
}

/** Just inside the trunk's skin. */
export const onSkin = (p: Pt): Pt => snapInside(trunkOutline(), p, 0.4);
/** Just outside the near arm. */
export const offArm = (p: Pt): Pt => snapInside(armOutline(), p, -0.6);
/** Just inside the near arm. */
export const onArm = (p: Pt): Pt => snapInside(armOutline(), p, 0.4);
export const alongSkin = (from: Pt, to: Pt): Pt[] => hug(trunkOutline(), from, to, 0.4);
export const alongArm = (from: Pt, to: Pt): Pt[] => hug(armOutline(), from, to, -0.6);
export const alongArmInside = (from: Pt, to: Pt): Pt[] => hug(armOutline(), from, to, 0.4);
