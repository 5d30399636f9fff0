/**
 * The questionnaire card rendered to HTML (no browser): a signed session shows the answers as
 * text with the score and no controls; a draft's items are named groups of radio buttons.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import type { Session } from '../../../db/api/contract';
import { AlertProvider } from '../../app/alert';
import { localIso } from '../../testing/local-time';
import { makeSession } from '../session-record/test-session';
import { NdiItems } from './NdiItems';
import { NdiCard, NdiQuestionnaire } from './NdiQuestionnaire';

const draftOf = (session: Session) => ({ session, editable: session.status === 'draft', update: () => undefined });
const html = (element: ReactElement) =>
  renderToStaticMarkup(
    createElement(Router, { ssrPath: '/sessions/1', children: createElement(AlertProvider, { children: element }) }),
  );

const first = { sessionId: 'earlier', startedAt: localIso(2026, 10, 3), total: 22 };
const answered = [3, 1, 2, 1, 2, 1, 2, 1, 1, null];

describe('a signed session with the questionnaire', () => {
  const signed = makeSession({ status: 'signed', ndi: answered, ndiAt: '2026-11-21T09:42:00.000Z' });

  it('shows the score, the change and each answer as text, with no controls', () => {
    const page = html(createElement(NdiCard, { draft: draftOf(signed), first }));
    expect(page).not.toMatch(/<(input|textarea|button|select)\b/);
    expect(page).toContain('Neck Disability Index');
    expect(page).toContain('Score 15.6 of 50 (31.2 %): moderate disability. 9 of 10 answered.');
    expect(page).toContain('Since the first score (22 on 3 Oct 2026): down 6.4 points — a change that matters.');
    expect(page).toContain('Taken at');
    expect(page).toContain('<dt>1. Pain intensity</dt><dd>The pain is fairly severe right now. (3 of 5)</dd>');
    expect(page).toContain('<dt>10. Recreation</dt><dd>Not answered</dd>');
    expect(page.match(/<dt>/g)).toHaveLength(10);
  });

  it('says when it was not taken, with no change line', () => {
    const page = html(createElement(NdiCard, { draft: draftOf(makeSession({ status: 'signed' })), first }));
    expect(page).toContain('Not taken this visit.');
    expect(page).not.toContain('Since the first score');
    expect(page).not.toContain('<dl');
  });
});

describe('a draft session', () => {
  it('is folded to its score line with a button to fill it in', () => {
    const page = html(createElement(NdiQuestionnaire, { draft: draftOf(makeSession()), clientId: 'c' }));
    expect(page).toContain('role="status"');
    expect(page).toContain('Not taken this visit.');
    expect(page).toMatch(/<button[^>]*aria-expanded="false"[^>]*>Fill in the questionnaire<\/button>/);
    expect(page).not.toContain('type="radio"');
  });

  it('offers "Show answers" once answered, and a small change without the flag', () => {
    const session = makeSession({ ndi: [2, 2, 2, 2, 2, 2, 2, 2, 2, 1] });
    const page = html(createElement(NdiCard, { draft: draftOf(session), first }));
    expect(page).toContain('Score 19 of 50 (38 %): moderate disability. 10 of 10 answered.');
    expect(page).toContain('Since the first score (22 on 3 Oct 2026): down 3 points.');
    expect(page).not.toContain('matters');
    expect(page).toMatch(/>Show answers<\/button>/);
  });

  it('asks each question as a named group of six radio buttons labelled by the answer sentence', () => {
    const items = html(createElement(NdiItems, { id: 'ndi', answers: answered, onAnswer: () => undefined }));
    expect(items.match(/<fieldset/g)).toHaveLength(10);
    expect(items.match(/type="radio"/g)).toHaveLength(60);
    expect(items).toContain('<legend class="ndi__legend">1. Pain intensity</legend>');
    expect(items).toContain('<legend class="ndi__legend">10. Recreation</legend>');
    expect(items).toContain(
      '<input type="radio" class="ndi__radio" name="ndi-item-0" checked="" value="3"/>' +
        '<span class="ndi__sentence">The pain is fairly severe right now.</span>' +
        '<span class="ndi__value" aria-hidden="true">3</span></label>',
    );
    expect(items.match(/checked=""/g)).toHaveLength(9);
  });
});
