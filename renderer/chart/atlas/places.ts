/**
 * Places where clients often say it hurts, for the symptom search without painting (a keyboard
 * user, or a quick pick): each is an area on one view, like a painted one. Authored for the
 * body's right side on the same views and landmarks as the atlas (landmarks.ts) and mirrored for
 * the left; "between the shoulder blades" spans the midline and has no side.
 */
import { MIRROR_VIEW, mirrorPolygon } from './derive';
import { oval } from './shapes';
import type { AtlasXY, AuthorView, Side, ViewId } from './types';

export interface PainPlace {
  /** Stable id, e.g. 'temple-right'. */
  readonly id: string;
  /** What the list shows, e.g. 'Temple, right side'. */
  readonly label: string;
  readonly side: Side | null;
  readonly viewId: ViewId;
  readonly polygon: readonly AtlasXY[];
}

interface AuthoredPlace {
  readonly id: string;
  readonly name: string;
  readonly viewId: AuthorView;
  readonly polygon: readonly AtlasXY[];
  /** Spans both sides: listed once, with no side. */
  readonly midline?: boolean;
}

/** Head and neck first, then down the back, then the front and the side. */
const AUTHORED: readonly AuthoredPlace[] = [
  { id: 'temple', name: 'Temple', viewId: 'head-neck-right', polygon: oval(0.6, 0.27, 0.06, 0.05, 16) },
  { id: 'behind-the-eye', name: 'Behind the eye', viewId: 'head-neck-right', polygon: oval(0.69, 0.36, 0.035, 0.03) },
  { id: 'forehead', name: 'Forehead', viewId: 'head-neck-right', polygon: oval(0.71, 0.22, 0.045, 0.05) },
  { id: 'cheek', name: 'Cheek and upper jaw', viewId: 'head-neck-right', polygon: oval(0.68, 0.47, 0.05, 0.045) },
  {
    id: 'angle-of-the-jaw',
    name: 'Angle of the jaw',
    viewId: 'head-neck-right',
    polygon: oval(0.49, 0.615, 0.04, 0.035),
  },
  { id: 'ear', name: 'In and behind the ear', viewId: 'head-neck-right', polygon: oval(0.4, 0.43, 0.05, 0.06) },
  { id: 'top-of-the-head', name: 'Top of the head', viewId: 'head-neck-right', polygon: oval(0.45, 0.1, 0.08, 0.035) },
  {
    id: 'back-of-the-head',
    name: 'Back of the head',
    viewId: 'head-neck-posterior',
    polygon: oval(0.6, 0.42, 0.08, 0.05),
  },
  {
    id: 'back-of-the-neck',
    name: 'Back and side of the neck',
    viewId: 'head-neck-posterior',
    polygon: oval(0.665, 0.66, 0.03, 0.09),
  },
  {
    id: 'angle-of-the-neck',
    name: 'Where the neck meets the shoulder',
    viewId: 'head-neck-posterior',
    polygon: oval(0.72, 0.81, 0.04, 0.035),
  },
  {
    id: 'between-the-shoulder-blades',
    name: 'Between the shoulder blades',
    viewId: 'posterior',
    polygon: oval(0.5, 0.24, 0.12, 0.04, 16),
    midline: true,
  },
  {
    id: 'inner-edge-of-the-shoulder-blade',
    name: 'Inner edge of the shoulder blade',
    viewId: 'posterior',
    polygon: oval(0.6, 0.24, 0.025, 0.035),
  },
  {
    id: 'back-of-the-shoulder',
    name: 'Back of the shoulder',
    viewId: 'posterior',
    polygon: oval(0.745, 0.228, 0.035, 0.025),
  },
  { id: 'low-back', name: 'Low back', viewId: 'posterior', polygon: oval(0.55, 0.39, 0.035, 0.03) },
  { id: 'buttock', name: 'Buttock', viewId: 'posterior', polygon: oval(0.62, 0.48, 0.05, 0.03) },
  { id: 'chest', name: 'Chest', viewId: 'anterior', polygon: oval(0.41, 0.235, 0.045, 0.03) },
  {
    id: 'front-of-the-shoulder',
    name: 'Front of the shoulder',
    viewId: 'anterior',
    polygon: oval(0.27, 0.215, 0.025, 0.022),
  },
  { id: 'groin', name: 'Groin and lower belly', viewId: 'anterior', polygon: oval(0.44, 0.475, 0.035, 0.04) },
  { id: 'outer-hip', name: 'Outer hip and thigh', viewId: 'right-lateral', polygon: oval(0.43, 0.52, 0.035, 0.05) },
];

export const PAIN_PLACES: readonly PainPlace[] = AUTHORED.flatMap((p): PainPlace[] =>
  p.midline
    ? [{ id: p.id, label: p.name, side: null, viewId: p.viewId, polygon: p.polygon }]
    : [
        { id: `${p.id}-right`, label: `${p.name}, right side`, side: 'right', viewId: p.viewId, polygon: p.polygon },
        {
          id: `${p.id}-left`,
          label: `${p.name}, left side`,
          side: 'left',
          viewId: MIRROR_VIEW[p.viewId],
          polygon: mirrorPolygon(p.polygon),
        },
      ],
);

const byId = new Map(PAIN_PLACES.map((p) => [p.id, p]));

export function painPlace(id: string): PainPlace | undefined {
  return byId.get(id);
}
