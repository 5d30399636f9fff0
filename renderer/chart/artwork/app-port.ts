/** The app's own artwork, as the chart model sees it (the model only knows the ChartArtwork port). */
import type { ChartArtwork } from '../model/artwork-port';
import { artworkVersion, inCautionZone, isOnBody, muscleAt } from './index';

export const appArtwork: ChartArtwork = {
  version: artworkVersion,
  isOnBody,
  inCautionZone,
  muscleAt: (viewId, x, y) => {
    const hit = muscleAt(viewId, x, y);
    return hit ? { muscle: hit.muscle, side: hit.side } : undefined;
  },
};
