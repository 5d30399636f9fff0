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
import { ReferralOption } from './ReferralOption';
import { printedCount, unisolated } from '../printing/isolation-check';
import { handoutContent, handoutPoint } from './test-handout';
import { referralFor, withReferral } from './handout-referral';
import { REFERRAL_NOTE, formatDay } from './handout-text';

function render(content: HandoutContent): { html: string; text: string } {
  const html = renderToStaticMarkup(createElement(HandoutSheet, { content, queue: new PaintQueue() }));
  // <bdi> isolates typed text inside a line; it does not separate words the way a block does.
  return { html, text: markupText(html.replace(/<\/?bdi[^>]*>/g, '')) };
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

describe('the handout with the referral atlas', () => {
  const trapezius = handoutPoint();
  const content: HandoutContent = { ...handoutContent, points: [trapezius] };
  const withAtlas = withReferral(content, referralFor(content.points));

  it('says what the shading means, in the client’s words, with the picture of where the pain goes', () => {
    const { html, text } = render(withAtlas);
    expect(text).toContain(REFERRAL_NOTE);
    expect(text).toContain('Essential referral zone — where pain from these points is usually felt');
    expect(text).toContain('Spillover referral zone — where it is sometimes felt too (striped)');
    expect(text).toContain('Head & neck, right side: where the pain may be felt');
    expect(text).toContain('Pain from point 1 may be felt in the shaded areas.');
    expect(html).toContain('aria-label="Back, 1 point to press, numbered 1, shaded where its pain may be felt"');
    expect(html).toContain('aria-label="Head &amp; neck, right side, shaded where pain from point 1 may be felt"');
    // The legend sits once, beside the last picture.
    expect(html.match(/What the pictures show/g)).toHaveLength(1);
  });

  it('shows none of it without the referral atlas', () => {
    const { html, text } = render(content);
    for (const absent of [REFERRAL_NOTE, 'referral zone', 'where the pain may be felt', 'shaded']) {
      expect(text).not.toContain(absent);
      expect(html).not.toContain(absent);
    }
    expect(html).toContain('aria-label="Back, 1 point to press, numbered 1"');
  });
});

describe('the choice to show the referral atlas', () => {
  const option = (props: Partial<Parameters<typeof ReferralOption>[0]>) =>
    renderToStaticMarkup(
      createElement(ReferralOption, {
        checked: false,
        onChange: () => undefined,
        available: true,
        hasPoints: true,
        disabled: false,
        ...props,
      }),
    );

  it('is a checkbox, unticked at first', () => {
    const html = option({});
    expect(markupText(html)).toContain('Show where these points can send pain');
    expect(html).toMatch(/<input type="checkbox"(?![^>]*checked)(?![^>]*disabled)[^>]*>/);
  });

  it('is disabled with its reason when the atlas has none of the points', () => {
    const html = option({ available: false });
    expect(html).toMatch(/<input type="checkbox"[^>]*disabled[^>]*aria-describedby="([^"]+)"/);
    const id = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`id="${id}"`);
    expect(markupText(html)).toContain('None of these points is in the referral atlas.');
    expect(markupText(option({ available: false, hasPoints: false }))).toContain(
      'There are no points to press on this sheet.',
    );
  });
});

describe('typed text on the handout', () => {
  it('is isolated, so a right-to-left override in a name cannot reverse the rest of its line', () => {
    const rlo = (field: string) => `\u202e${field}`;
    const [exercise] = handoutContent.exercises;
    const content: HandoutContent = {
      ...handoutContent,
      practice: { name: rlo('Practice'), address: rlo('Address'), phone: rlo('Phone'), email: rlo('Email') },
      practitioner: { name: rlo('Practitioner'), credentials: rlo('Credentials') },
      clientName: rlo('Client'),
      exercises: [
        { ...exercise!, name: rlo('Exercise'), steps: [rlo('Step')], cautions: rlo('Caution'), note: rlo('Note') },
      ],
      points: [handoutPoint({ muscle: rlo('Muscle') })],
      note: rlo('PlanNote'),
    };
    const { html } = render(content);
    const fields = [
      'Practice',
      'Address',
      'Phone',
      'Email',
      'Practitioner',
      'Credentials',
      'Client',
      'Exercise',
    ].concat(['Step', 'Caution', 'Note', 'Muscle', 'PlanNote']);
    for (const field of fields) {
      expect(printedCount(html, rlo(field)), field).toBeGreaterThan(0);
      expect(unisolated(html, rlo(field)), field).toEqual([]);
    }
  });
});
