/**
 * What the record shows, rendered to HTML (no browser): the controls have names, a yes on the
 * red-flag screen raises the referral alert, and a signed session shows text, not controls.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import type { Session } from '../../../db/api/contract';
import { AlertProvider } from '../../app/alert';
import { AppointmentFields } from './AppointmentFields';
import { Measures } from './Measures';
import { PerpetuatingFactors } from './PerpetuatingFactors';
import { RedFlagScreen } from './RedFlagScreen';
import { ReferralAlert } from './ReferralAlert';
import { SoapNote } from './SoapNote';
import { makeSession } from './test-session';

function draftOf(session: Session) {
  return {
    session,
    editable: session.status === 'draft',
    update: () => undefined,
    flush: () => Promise.resolve(true),
  };
}

function html(element: ReactElement): string {
  return renderToStaticMarkup(
    createElement(Router, { ssrPath: '/sessions/1', children: createElement(AlertProvider, { children: element }) }),
  );
}

const phrases = [{ trigger: 'utr', text: 'Upper trapezius tight' }];

describe('a draft session', () => {
  it('has a labelled note field for each of S, O, A and P, and the phrase shortcut', () => {
    const page = html(createElement(SoapNote, { draft: draftOf(makeSession()), quickPhrases: phrases }));
    for (const label of ['Subjective', 'Objective', 'Assessment', 'Plan']) {
      expect(page).toMatch(new RegExp(`<label[^>]*for="[^"]+-${label.toLowerCase()}"[^>]*>${label}</label>`));
    }
    expect(page).toContain('<kbd>Ctrl</kbd>+<kbd>Space</kbd>');
    expect(page.match(/aria-label="Insert phrase into [A-Za-z]+"/g)).toHaveLength(4);
  });

  it('points to Settings when there are no quick phrases', () => {
    const page = html(createElement(SoapNote, { draft: draftOf(makeSession()), quickPhrases: [] }));
    expect(page).toMatch(/<a href="\/settings"[^>]*>Add phrases in Settings<\/a>/);
    expect(page).not.toContain('Insert phrase');
  });

  it('offers chart findings in Objective when the chart can be read', () => {
    const getChart = () => Promise.resolve({ marks: [], carried: [] });
    const page = html(createElement(SoapNote, { draft: draftOf(makeSession()), quickPhrases: [], getChart }));
    expect(page.match(/Insert chart findings/g)).toHaveLength(1);
  });

  it('asks each red-flag question as its own yes/no group, with an "All no" button', () => {
    const page = html(createElement(RedFlagScreen, { draft: draftOf(makeSession()) }));
    expect(page.match(/<fieldset/g)).toHaveLength(7);
    expect(page).toContain('<legend class="red-flags__legend">Clumsy hands or unsteady walking?</legend>');
    expect(page.match(/type="radio"/g)).toHaveLength(14);
    expect(page).toContain('>All no</button>');
    expect(page).toContain('Not asked yet');
    expect(page).not.toContain('role="alert"');
  });

  it('a yes raises the referral alert with the positive items and when it was raised', () => {
    const session = makeSession({
      redFlags: { trauma: true, neuro: false, coordination: true },
      redFlagsScreenedAt: '2026-11-21T09:31:00.000Z',
      referralAlertAt: '2026-11-21T09:31:00.000Z',
    });
    const page = html(createElement(RedFlagScreen, { draft: draftOf(session) }));
    expect(page).toContain('role="alert"');
    expect(page).toContain('Refer to a physician before treating');
    expect(page).toContain('<li>pain after a fall or accident</li>');
    expect(page).toContain('<li>clumsy hands or unsteady walking</li>');
    expect(page).toContain('Screened at');
    expect(page).toContain('2 answered yes');
    expect(page).not.toContain('All no</button>');
  });

  it('the referral alert alone shows nothing when every answer is no', () => {
    expect(html(createElement(ReferralAlert, { session: makeSession({ redFlags: { trauma: false } }) }))).toBe('');
  });

  it('shows the pain band, the change and the usual neck range', () => {
    const session = makeSession({ painBefore: 7, painAfter: 3, rom: { ...makeSession().rom, flexion: 50 } });
    const page = html(createElement(Measures, { draft: draftOf(session) }));
    expect(page).toContain('>Pain before treatment</label>');
    expect(page).toContain('severe');
    expect(page).toContain('Change: 4 points lower: a change the client can feel.');
    expect(page).toContain('usual about 64°');
    expect(page).toContain('value="50"');
    expect(page).toContain('lower with age');
  });

  it('has the appointment start and length, and a checkbox per perpetuating factor', () => {
    const appointment = html(createElement(AppointmentFields, { draft: draftOf(makeSession()) }));
    expect(appointment).toContain('type="datetime-local"');
    expect(appointment).toContain('value="60"');
    const factors = html(
      createElement(PerpetuatingFactors, { draft: draftOf(makeSession({ perpetuatingFactors: ['stress'] })) }),
    );
    expect(factors.match(/type="checkbox"/g)).toHaveLength(11);
    expect(factors.match(/checked=""/g)).toHaveLength(1);
  });
});

describe('a signed session', () => {
  const signed = makeSession({
    status: 'signed',
    subjective: 'Neck stiff since Monday',
    painBefore: 6,
    redFlags: { trauma: false },
    perpetuatingFactors: ['heavy_bag'],
  });

  it('shows the record as text, with no controls', () => {
    const page = html(
      createElement('div', null, [
        createElement(AppointmentFields, { key: 'a', draft: draftOf(signed) }),
        createElement(RedFlagScreen, { key: 'r', draft: draftOf(signed) }),
        createElement(SoapNote, { key: 's', draft: draftOf(signed), quickPhrases: phrases }),
        createElement(Measures, { key: 'm', draft: draftOf(signed) }),
        createElement(PerpetuatingFactors, { key: 'p', draft: draftOf(signed) }),
      ]),
    );
    expect(page).not.toMatch(/<(input|textarea|button|select)\b/);
    expect(page).toContain('Neck stiff since Monday');
    expect(page).toContain('6 of 10 (moderate)');
    expect(page).toContain('Heavy bag on one shoulder');
    expect(page).toContain('Not asked');
    expect(page).toContain('Nothing written.');
  });
});
