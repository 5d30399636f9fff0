import type { ReactNode } from 'react';
import { getView } from '../../chart/artwork';
import { FigureCanvas } from '../printing/PrintCanvas';
import type { PaintQueue } from '../printing/paint-queue';
import type { ReferralFigure } from './handout-scene';
import { pointNumbers } from './handout-text';

/**
 * A picture added for the referral atlas: a view no point is on, shaded where the points' pain
 * may be felt, and which points that pain comes from.
 */
export function HandoutReferralView({
  figure,
  queue,
  children,
}: {
  figure: ReferralFigure;
  queue: PaintQueue;
  /** Beside the picture, under its words (the legend, beside the last picture). */
  children?: ReactNode;
}) {
  const from = pointNumbers(figure.numbers);
  return (
    <div className="handout-view">
      <figure className="handout-view__figure">
        <FigureCanvas
          figure={figure}
          queue={queue}
          label={`${getView(figure.viewId).label}, shaded where pain from ${from} may be felt`}
        />
        <figcaption className="handout-view__caption">{figure.label}</figcaption>
      </figure>
      <div className="handout-view__side">
        <p className="handout-referral__from">{`Pain from ${from} may be felt in the shaded areas.`}</p>
        {children}
      </div>
    </div>
  );
}
