/** Detail: the left side of the head and neck, the mirror image of the right. */
import { mirrorView } from '../build';
import type { ArtworkView } from '../types';
import { headNeckRight } from './head-neck-right';

export const headNeckLeft: ArtworkView = mirrorView(headNeckRight, 'head-neck-left', 'Head & neck, left side');
