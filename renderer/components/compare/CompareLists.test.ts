/** The compare page's lists as text, rendered to HTML on the server (no browser needed). */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CompareLists } from './CompareLists';
import { compareCharts } from './diff';
import { earlierMarks, laterMarks } from './test-compare';

function render(comparison: ReturnType<typeof compareCharts>): { html: string; text: string } {
  const html = renderToStaticMarkup(createElement(CompareLists, { comparison }));
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
  return { html, text };
}

describe('the lists of new, still present and resolved points', () => {
  it('counts each list in its heading, and names the tables by it', () => {
    const { html } = render(compareCharts(earlierMarks, laterMarks));
    expect(html).toContain(
      '<caption><h2 id="compare-new" class="compare-list__heading">New at the later visit (1)</h2>',
    );
    expect(html).toContain('>Still present (2)</h2>');
    expect(html).toContain('>Resolved (1)</h2>');
  });

  it('names each point’s muscle, side and kind, with the tenderness before and after', () => {
    const { text } = render(compareCharts(earlierMarks, laterMarks));
    expect(text).toContain('Rhomboid minor Left Latent trigger point Back 5');
    expect(text).toContain('Levator scapulae Left Active trigger point Back 6 → not recorded');
    expect(text).toContain('Upper trapezius Right Active trigger point Back 7 → 4 (down 3)');
    expect(text).toContain('Infraspinatus Right Tender point Back not recorded');
    expect(text).not.toContain('Note pin');
  });

  it('lists the points in order of muscle, then side', () => {
    const { text } = render(compareCharts(earlierMarks, laterMarks));
    expect(text.indexOf('Levator scapulae')).toBeLessThan(text.indexOf('Upper trapezius'));
  });

  it('says so when a list is empty, with no empty table', () => {
    const { html, text } = render(compareCharts(earlierMarks, earlierMarks));
    expect(text).toContain('New at the later visit (0) No new points.');
    expect(text).toContain('Resolved (0) No point has gone since the earlier visit.');
    expect(text).toContain('Still present (3)');
    expect(html.match(/<table/g)).toHaveLength(1);
  });
});
