/**
 * Every drawing the API can name exists, and each is an image with a name a screen reader can
 * read (the exercise), which a handout can replace with its own title.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ILLUSTRATION_IDS } from '../../../../db/api/home-care';
import { Illustration, ILLUSTRATIONS } from './index';

const accessibleName = (html: string) => /^<svg[^>]*\baria-label="([^"]*)"/.exec(html)?.[1] ?? '';

describe('exercise illustrations', () => {
  it('has a drawing for every illustration id, and no others', () => {
    expect(Object.keys(ILLUSTRATIONS).sort()).toEqual([...ILLUSTRATION_IDS].sort());
  });

  it.each(ILLUSTRATION_IDS)('draws %s as a named image', (id) => {
    const html = renderToStaticMarkup(createElement(Illustration, { id }));
    expect(html).toMatch(/^<svg[^>]*\brole="img"/);
    expect(html).toContain('viewBox="0 0 200 160"');
    expect(accessibleName(html).trim()).not.toBe('');
    expect(html).toContain(`<title>${accessibleName(html)}</title>`);
  });

  it('gives each drawing its own name', () => {
    const names = ILLUSTRATION_IDS.map((id) =>
      accessibleName(renderToStaticMarkup(createElement(Illustration, { id }))),
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it('uses the title and class it is given', () => {
    const html = renderToStaticMarkup(
      createElement(Illustration, { id: 'chin-tuck', title: 'Chin tucks', className: 'handout__drawing' }),
    );
    expect(accessibleName(html)).toBe('Chin tucks');
    expect(html).toContain('<title>Chin tucks</title>');
    expect(html).toContain('class="handout__drawing"');
  });

  it('draws in the text colour, so it prints black and follows the theme', () => {
    for (const id of ILLUSTRATION_IDS) {
      const html = renderToStaticMarkup(createElement(Illustration, { id }));
      expect(html, id).toMatch(/^<svg[^>]*\bstroke="currentColor"/);
      expect(html, id).not.toMatch(/<image\b/);
    }
  });
});
