/**
 * Detail: the right side of the head and neck (face toward the viewer's right), with the neck
 * muscles of the side view plus the deep ones pressed here (semispinalis capitis along the back
 * of the neck, the suboccipitals under the base of the skull) and, for orientation, temporalis
 * and masseter.
 */
import { crop, finishView } from '../build';
import type { ArtworkView } from '../types';
import { sideCaution, sideLines, sideRegions } from './side-body';
import { armOutline, trunkOutline } from './side-outline';

export const HEAD_NECK_SIDE_BOX = { x0: 160, y0: 28, width: 300, height: 380 } as const;

const { x0, y0, width, height } = HEAD_NECK_SIDE_BOX;

export const headNeckRight: ArtworkView = finishView({
  id: 'head-neck-right',
  label: 'Head & neck, right side',
  width,
  height,
  ...crop(
    {
      body: [trunkOutline(), armOutline()],
      regions: sideRegions(true),
      caution: sideCaution(),
      lines: sideLines(true),
    },
    x0,
    y0,
    width,
    height,
  ),
});
