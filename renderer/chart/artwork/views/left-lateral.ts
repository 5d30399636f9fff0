/** The body's left side, seen from the left: the mirror image of the right side. */
import { mirrorView } from '../build';
import type { ArtworkView } from '../types';
import { rightLateral } from './right-lateral';

export const leftLateral: ArtworkView = mirrorView(rightLateral, 'left-lateral', 'Left side');
