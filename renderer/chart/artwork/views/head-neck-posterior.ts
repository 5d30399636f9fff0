/**
 * Detail: the back of the head and neck down to the top of the shoulder blades, 260 mm wide
 * (the body's left on the viewer's left). The same shapes as the back view, cropped, with the
 * deep muscles a therapist works here: the suboccipitals under the base of the skull and
 * splenius cervicis at the angle of the neck. 10 mm along the base of the skull is 1/26 of the
 * view's width: about 17 px when the view is fitted to a 600 px tall canvas.
 */
import { crop, finishView } from '../build';
import type { ArtworkView } from '../types';
import { CX, frontBackBody } from './front-back-body';
import { posteriorNeckLines, posteriorRegions } from './posterior';

export const HEAD_NECK_POSTERIOR_BOX = { x0: CX - 130, y0: 30, width: 260, height: 360 } as const;

const { x0, y0, width, height } = HEAD_NECK_POSTERIOR_BOX;

const parts = crop(
  {
    body: frontBackBody('back'),
    regions: posteriorRegions(true),
    caution: [],
    lines: posteriorNeckLines(),
  },
  x0,
  y0,
  width,
  height,
);

export const headNeckPosterior: ArtworkView = finishView({
  id: 'head-neck-posterior',
  label: 'Head & neck, back',
  width,
  height,
  ...parts,
});
