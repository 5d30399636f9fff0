/**
 * The exercise drawings, one per illustration id of the API (db/api/home-care.ts).
 * `<Illustration id="chin-tuck" />` draws one; `ILLUSTRATIONS` maps every id to its component.
 */
import { createElement, type ComponentType } from 'react';
import type { IllustrationId } from '../../../../db/api/home-care';
import { BallGlute } from './BallGlute';
import { BallWall } from './BallWall';
import { ChinTuck } from './ChinTuck';
import { DoorwayPecStretch } from './DoorwayPecStretch';
import { FoamRollerNeck } from './FoamRollerNeck';
import { LevatorStretch } from './LevatorStretch';
import { MovementBreak } from './MovementBreak';
import type { IllustrationProps } from './parts';
import { QlSideStretch } from './QlSideStretch';
import { ScaleneStretch } from './ScaleneStretch';
import { ShoulderRolls } from './ShoulderRolls';
import { SuboccipitalPress } from './SuboccipitalPress';
import { ThoracicExtension } from './ThoracicExtension';
import { TrapPincer } from './TrapPincer';
import { UpperTrapSideBend } from './UpperTrapSideBend';

export type { IllustrationProps } from './parts';

export const ILLUSTRATIONS: Record<IllustrationId, ComponentType<IllustrationProps>> = {
  'suboccipital-press': SuboccipitalPress,
  'ball-wall': BallWall,
  'foam-roller-neck': FoamRollerNeck,
  'chin-tuck': ChinTuck,
  'upper-trap-side-bend': UpperTrapSideBend,
  'levator-stretch': LevatorStretch,
  'scalene-stretch': ScaleneStretch,
  'doorway-pec-stretch': DoorwayPecStretch,
  'shoulder-rolls': ShoulderRolls,
  'movement-break': MovementBreak,
  'trap-pincer': TrapPincer,
  'ball-glute': BallGlute,
  'ql-side-stretch': QlSideStretch,
  'thoracic-extension': ThoracicExtension,
};

export function Illustration({ id, ...props }: IllustrationProps & { id: IllustrationId }) {
  return createElement(ILLUSTRATIONS[id], props);
}
