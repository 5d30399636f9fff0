/** The damage banner rendered to HTML (no browser): silent while checking or ok, plain words when damaged. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { markupText } from '../../testing/markup';
import { IntegrityNotice } from './IntegrityBanner';
import type { IntegrityState } from './poll';

const render = (state: IntegrityState) => renderToStaticMarkup(createElement(IntegrityNotice, { state }));

describe('the damage banner', () => {
  it('shows nothing while the file is being checked or when it is sound', () => {
    for (const state of ['checking', 'ok'] as const) {
      const html = render(state);
      expect(html).toBe('');
    }
  });

  it('says in plain words that changes are not saved and what to do, as an alert', () => {
    const html = render('damaged');
    expect(html).toMatch(/^<div role="alert" class="integrity-banner">/);
    expect(markupText(html).trim()).toBe(
      'Knotbook found damage in this database file. It is not saving any changes to the file now. Your records are still shown. Close Knotbook and restore the file from a backup.',
    );
  });
});
