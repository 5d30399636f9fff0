/**
 * The banner rendered to HTML (no browser): silent while checking or ok, plain words when the
 * file is damaged, and when it was changed outside Knotbook, what and when.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { IntegrityTamper } from '../../../db/api/contract';
import { formatTime } from '../../lib/format';
import { localIso } from '../../testing/local-time';
import { markupText } from '../../testing/markup';
import { IntegrityNotice } from './IntegrityBanner';
import type { IntegrityReport } from './poll';
import { tamperSentences } from './tamper-text';

const render = (report: IntegrityReport) => renderToStaticMarkup(createElement(IntegrityNotice, report));

/** 21 Nov 2026, 14:02 on this computer's clock, in whatever zone the tests run. */
const AT = localIso(2026, 11, 21, 14, 2);

describe('the damage banner', () => {
  it('shows nothing while the file is being checked or when it is sound', () => {
    for (const state of ['checking', 'ok', 'unchecked'] as const) {
      const html = render({ state });
      expect(html).toBe('');
    }
  });

  it('says in plain words that changes are not saved and what to do, as an alert', () => {
    const html = render({ state: 'damaged' });
    expect(html).toMatch(/^<div role="alert" class="integrity-banner">/);
    expect(markupText(html).trim()).toBe(
      'Knotbook found damage in this database file. It is not saving any changes to the file now. Your records are still shown. Close Knotbook and restore the file from a backup.',
    );
  });

  it('names when and where the audit log was changed outside Knotbook, and what to do', () => {
    const tamper: IntegrityTamper = { auditBreak: { entryId: 812, at: AT, reason: 'missing before' }, safeguards: [] };
    const html = render({ state: 'tampered', tamper });
    expect(html).toMatch(/^<div role="alert" class="integrity-banner">/);
    expect(markupText(html).trim()).toBe(
      `This database file was changed outside Knotbook. In the audit log, the entry recorded on 21 Nov 2026 at ${formatTime(AT)} (number 812) does not follow the one before it: an entry before it was removed or changed. Your records are still shown and Knotbook keeps saving your work. If nobody you trust made this change, keep a copy of this file and restore a backup made before then.`,
    );
  });
});

describe('what a tampered file was found with, in words', () => {
  it('tells an entry changed from one that does not follow, and lists the safeguards removed', () => {
    expect(
      tamperSentences({
        auditBreak: { entryId: 3, at: AT, reason: 'changed' },
        safeguards: ['signed sessions', 'the chart points of signed sessions', 'the audit log'],
      }),
    ).toEqual([
      `In the audit log, the entry recorded on 21 Nov 2026 at ${formatTime(AT)} (number 3) is not as Knotbook wrote it.`,
      'Safeguards Knotbook keeps in the file were removed or altered: those that protect signed sessions, the chart points of signed sessions and the audit log.',
    ]);
    expect(tamperSentences({ auditBreak: null, safeguards: ['the audit log'] })).toEqual([
      'A safeguard Knotbook keeps in the file was removed or altered: the one that protects the audit log.',
    ]);
  });
});
