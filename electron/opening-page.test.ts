import { describe, expect, it } from 'vitest';
import { OPENING_PAGE_URL, openingScript, openingView } from './opening-page';

const page = decodeURIComponent(OPENING_PAGE_URL.slice(OPENING_PAGE_URL.indexOf(',') + 1));

describe('the window shown while an older file is copied and updated', () => {
  it('says each stage in words, with the copy’s fraction on the bar', () => {
    expect(openingView({ stage: 'copying', fraction: 0.427 })).toEqual({
      text: 'Making a safety copy before updating your records: 42%',
      fraction: 0.427,
    });
    expect(openingView({ stage: 'checking-copy' })).toEqual({ text: 'Checking the safety copy', fraction: null });
    expect(openingView({ stage: 'updating' })).toEqual({ text: 'Updating your records', fraction: null });
  });

  it('is a page that loads nothing and runs nothing of its own, and reads out its stage', () => {
    expect(OPENING_PAGE_URL.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(page).not.toMatch(/<script|src=|href=/i);
    expect(page).toContain('<p id="stage" role="status" aria-live="polite">');
    expect(page).toContain('<progress id="bar" aria-labelledby="stage">');
  });

  it('sets the sentence as text, never as markup, and the bar to its fraction or to busy', () => {
    const script = openingScript({ text: 'Copy "a" </p><img src=x>', fraction: 0.5 });
    expect(script).toContain(`.textContent = ${JSON.stringify('Copy "a" </p><img src=x>')};`);
    expect(script).not.toContain('innerHTML');
    expect(script).toContain('bar.value = 0.5');
    expect(openingScript({ text: 'Updating your records', fraction: null })).toContain("bar.removeAttribute('value')");
  });
});
