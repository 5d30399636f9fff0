import { useMemo } from 'react';
import type { HandoutContent } from '../../../db/api/contract';
import type { SymbolId } from '../../chart/ui/symbols';
import { FigureCanvas, SymbolLegendItems } from '../printing/PrintCanvas';
import type { PaintQueue } from '../printing/paint-queue';
import { HandoutReferralView } from './HandoutReferralView';
import { handoutFigures, handoutSymbols, referralFigures } from './handout-scene';
import { REFERRAL_NOTE, groupPoints, pointDose, pointPlace } from './handout-text';

/** The legend in the client's words. */
const FOR_CLIENTS: Partial<Record<SymbolId, string>> = {
  active: 'a tight spot that sets off your usual pain',
  latent: 'a tight spot that is sore only when pressed',
  satellite: 'a smaller tight spot that eases when its main one does',
  tender: 'a sore spot',
  essential: 'where pain from these points is usually felt',
  spillover: 'where it is sometimes felt too (striped)',
  caution: 'the front of your neck: never press here',
};

const pointsWord = (n: number) => `${n} point${n === 1 ? '' : 's'}`;

/** The numbers and every symbol the pictures show (a chart always prints its legend). */
function HandoutLegend({ symbols }: { symbols: SymbolId[] }) {
  return (
    <div className="handout-legend">
      <h3 className="handout-subheading">What the pictures show</h3>
      <ul className="handout-legend__list">
        <li className="print-legend__item">
          <span className="handout-badge" aria-hidden="true">
            1
          </span>
          <span>
            <span className="print-legend__label">Number</span>{' '}
            <span className="print-legend__muted">— the point with that number in the list</span>
          </span>
        </li>
        <SymbolLegendItems symbols={symbols} descriptions={FOR_CLIENTS} />
      </ul>
    </div>
  );
}

/**
 * "Your points to press": one picture per view holding a chosen point, with only those points,
 * numbered, the list of them beside it, and one legend of the symbols the pictures show. With the
 * referral atlas (`referral`), the pictures shade where the points' pain is often felt, and up to
 * two more pictures show the places the others do not.
 */
export function HandoutPoints({
  points,
  caution,
  referral,
  queue,
}: {
  points: HandoutContent['points'];
  /** How to press safely (kept in the handout's snapshot). */
  caution: string;
  /** The referral zones the sheet shows (kept in the handout's snapshot), if any. */
  referral?: HandoutContent['referral'];
  queue: PaintQueue;
}) {
  const groups = useMemo(() => groupPoints(points), [points]);
  const figures = useMemo(() => handoutFigures(groups, referral), [groups, referral]);
  const extras = useMemo(() => referralFigures(groups, referral), [groups, referral]);
  const symbols = useMemo(
    () =>
      handoutSymbols(
        groups,
        referral,
        extras.map((f) => f.viewId),
      ),
    [groups, referral, extras],
  );
  if (groups.length === 0) return null;
  const legend = <HandoutLegend symbols={symbols} />;
  return (
    <section className="handout-section" aria-labelledby="handout-points">
      <h2 id="handout-points" className="handout-section__heading">
        Your points to press
      </h2>
      {caution && <p className="handout-points__caution">{caution}</p>}
      {referral && referral.zones.length > 0 && <p className="handout-referral__note">{REFERRAL_NOTE}</p>}
      {groups.map((group, i) => {
        const figure = figures[i];
        if (!figure) return null;
        const first = group.points[0]?.number ?? 1;
        const last = first + group.points.length - 1;
        const whose = group.points.length === 1 ? 'its' : 'their';
        const shaded = figure.scene.zones.length > 0 ? `, shaded where ${whose} pain may be felt` : '';
        return (
          <div key={group.viewId} className="handout-view">
            <figure className="handout-view__figure">
              <FigureCanvas
                figure={figure}
                queue={queue}
                overlay={figure.overlay}
                label={`${group.label}, ${pointsWord(group.points.length)} to press, numbered ${first === last ? first : `${first} to ${last}`}${shaded}`}
              />
              <figcaption className="handout-view__caption">{group.label}</figcaption>
            </figure>
            <div className="handout-view__side">
              <ol className="handout-points__list">
                {group.points.map((numbered) => (
                  <li key={numbered.point.markId}>
                    {numbered.number} · <bdi>{pointPlace(numbered.point)}</bdi> — {pointDose(numbered.point)}
                  </li>
                ))}
              </ol>
              {/* Beside the last picture, where the list leaves room. */}
              {i === groups.length - 1 && extras.length === 0 && legend}
            </div>
          </div>
        );
      })}
      {extras.map((figure, i) => (
        <HandoutReferralView key={figure.viewId} figure={figure} queue={queue}>
          {i === extras.length - 1 && legend}
        </HandoutReferralView>
      ))}
    </section>
  );
}
