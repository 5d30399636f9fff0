import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { painPlace } from '../atlas';
import { SymptomSearch, coverageText, type PainArea } from './SymptomSearch';

function render(area: PainArea | null, withUse = true): string {
  return renderToStaticMarkup(
    createElement(SymptomSearch, {
      area,
      onArea: () => undefined,
      viewId: 'posterior',
      onView: () => undefined,
      shown: null,
      onShow: () => undefined,
      onUse: withUse ? () => undefined : undefined,
    }),
  );
}

describe('the symptom search results', () => {
  it('asks where it hurts before anything is painted', () => {
    const html = render(null);
    expect(html).toContain('Choose a place…');
    expect(html).not.toContain('Muscles that may send pain there');
  });

  it('lists the muscles for a painted temple, best first, each with Show and Use this, and offers its view', () => {
    const temple = painPlace('temple-right');
    if (!temple) throw new Error('no temple');
    const html = render({ kind: 'polygon', viewId: temple.viewId, points: temple.polygon });
    expect(html).toContain('aria-label="Muscles that may send pain there"');
    expect(html.indexOf('Upper trapezius (right)')).toBeLessThan(html.indexOf('Suboccipitals (right)'));
    expect(html).toContain('aria-label="Show Upper trapezius, right"');
    expect(html).toContain('aria-label="Use Upper trapezius, right"');
    expect(html).toContain('Painted on Head &amp; neck, right side.');
    expect(html).toContain('Show the Head &amp; neck, right side view');
  });

  it('offers no Use this on a signed chart', () => {
    const html = render({ kind: 'click', viewId: 'head-neck-right', point: [0.61, 0.27] }, false);
    expect(html).toContain('aria-label="Show Upper trapezius, right"');
    expect(html).not.toContain('Use Upper trapezius');
  });

  it('says so when no muscle of the atlas sends pain to the spot', () => {
    expect(render({ kind: 'click', viewId: 'posterior', point: [0.5, 0.95] })).toContain(
      'None of the atlas’s muscles is known to send pain there.',
    );
  });

  it('words the shares of the area', () => {
    expect(coverageText({ essentialShare: 0.82, spilloverShare: 0 })).toBe(
      'Of the area: 82% where it usually sends pain.',
    );
    expect(coverageText({ essentialShare: 0, spilloverShare: 0.004 })).toBe(
      'Of the area: 1% where it sometimes sends pain.',
    );
    expect(coverageText({ essentialShare: 0.3, spilloverShare: 0.1 })).toBe(
      'Of the area: 30% where it usually sends pain, 10% where it sometimes does.',
    );
  });
});
