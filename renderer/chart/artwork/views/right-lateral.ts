/** The body's right side, seen from the right: the face toward the viewer's right. */
import { finishView } from '../build';
import type { ArtworkView } from '../types';
import { sideCaution, sideLines, sideRegions } from './side-body';
import { armOutline, SIDE_HEIGHT, SIDE_WIDTH, trunkOutline } from './side-outline';

export const rightLateral: ArtworkView = finishView({
  id: 'right-lateral',
  label: 'Right side',
  width: SIDE_WIDTH,
  height: SIDE_HEIGHT,
  body: [trunkOutline(), armOutline()],
  regions: sideRegions(false),
  caution: sideCaution(),
  lines: sideLines(false),
});
