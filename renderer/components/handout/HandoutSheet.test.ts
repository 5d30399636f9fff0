/**
 * The handout as text, the way a PDF's text layer reads it: rendered to HTML on the server (no
 * browser needed), tags stripped. The chart pictures are painted in the browser, not here.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { markupText } from '../../testing/markup';
import type { HandoutContent } from '../../../db/api/contract';
import { formatDateTime } from '../../lib/format';
import { PaintQueue } from '../printing/paint-queue';
import { HandoutSheet } from './HandoutSheet';
import { handoutContent } from './test-handout';
import { formatDay } from './handout-text';

function render(content: HandoutContent): { html: string; text: string } {
  const html = renderToStaticMarkup(createElement(HandoutSheet, { content, queue: new PaintQueue() }));
  return { html, text: markupText(html) };
}

describe('the home-care handout', () => {
  it('carries the practice, the client, the session date, the points, the exercises and the warning signs', () => {
    const { text } = render(handoutContent);
    for (const expected of [
      'Harbour Massage',
      '12 Quay St',
      '555 0100 · hello@harbour.test',
      'Jo Park, RMT',
      'Your home care',
      '<img src=x onerror=alert(1)>',
      formatDay(handoutContent.sessionStartedAt),
      'Your points to press',
      '1 · Upper trapezius, right — press and hold 30 s, 3 times a day',
      '2 · Levator scapulae, left — press and hold 1 min 30 s, twice a day',
      'Active trigger point',
      'Latent trigger point',
      'Your exercises',
      'Chin tuck Hold 5 s · 10 times · 3 a day',
      'Sit tall with your eyes level. Draw your chin straight back.',
      'Take care: Stop if you feel tingling in your arms.',
      'From your therapist: Do these at your desk.',
      'Walk break 8 a day',
      'A note from your therapist Heat before the stretches helps.',
      `Your next appointment: ${formatDateTime(handoutContent.nextVisitAt!)}`,
      'Stop and see a doctor if… Numbness, tingling or weakness in your arms Pain after a fall or accident',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints the client’s name as text, never as markup', () => {
    const { html } = render(handoutContent);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('draws each exercise’s illustration as inline SVG, and one picture per view of points', () => {
    const { html } = render(handoutContent);
    expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(1);
    expect(html).toContain('aria-label="Back, 2 points to press, numbered 1 to 2"');
  });

  it('leaves out what the plan does not have', () => {
    const bare: HandoutContent = { ...handoutContent, points: [], exercises: [], note: '', nextVisitAt: null };
    const { text } = render(bare);
    expect(text).toContain('No exercises or points to press in this plan yet.');
    for (const absent of ['Your points to press', 'Your exercises', 'A note from your therapist', 'next appointment']) {
      expect(text).not.toContain(absent);
    }
    expect(render({ ...bare, nextVisitAt: '2026-12-05T15:00:00Z' }).text).toContain(
      `Your next appointment ${formatDateTime('2026-12-05T15:00:00Z')}`,
    );
  });
});
