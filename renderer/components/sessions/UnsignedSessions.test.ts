import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { markupText } from '../../testing/markup';
import { UnsignedSessionsCard } from './UnsignedSessions';

const drafts = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    sessionId: `s${i}`,
    clientId: `c${i}`,
    clientName: `Client ${i + 1}`,
    startedAt: `2026-01-${String((i % 28) + 1).padStart(2, '0')}T09:00:00.000Z`,
  }));

const render = (list: ReturnType<typeof drafts>) =>
  renderToStaticMarkup(
    createElement(Router, { ssrPath: '/', children: createElement(UnsignedSessionsCard, { list }) }),
  );

describe('unsigned sessions on the home screen', () => {
  it('lists a few drafts and offers the rest, however many are waiting', () => {
    const html = render(drafts(5000));
    expect(html.match(/<li/g)).toHaveLength(8);
    expect(markupText(html)).toContain('These 5,000 drafts are more than a day old');
    expect(markupText(html)).toContain('Show all 5,000 unsigned sessions');
  });

  it('lists every draft when there are only a few', () => {
    const html = render(drafts(3));
    expect(html.match(/<li/g)).toHaveLength(3);
    expect(markupText(html)).not.toContain('Show all');
  });
});
