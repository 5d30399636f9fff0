/**
 * The note as text, the way a PDF's text layer reads it: rendered to HTML on the server (no
 * browser needed), tags stripped. Pictures are painted in the browser and are not checked here.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { markupText } from '../../testing/markup';
import { EMPTY_ROM } from '../../../db/api/clinical';
import { UNRECORDED_FINDINGS, type Amendment, type Session, type Settings } from '../../../db/api/contract';
import { formatDateTime } from '../../lib/format';
import { NoteDocument, type NoteData } from './NoteDocument';
import { PaintQueue } from '../printing/paint-queue';
import { printedCount, unisolated } from '../printing/isolation-check';

const settings: Settings = {
  practitioner: { name: 'Jo Park', credentials: 'RMT', registration: 'M-1234' },
  practice: { name: 'Harbour Massage', address: '12 Quay St', phone: '555 0100', email: 'hello@harbour.test' },
  quickPhrases: [],
  paperSize: 'a4',
};

const session: Session = {
  id: '01960000-0000-7000-8000-000000000001',
  clientId: '01960000-0000-7000-8000-000000000002',
  startedAt: '2026-11-21T09:30:00Z',
  durationMinutes: 60,
  subjective: 'Neck stiff since Monday <script>alert(1)</script>',
  objective: '',
  assessment: 'Moves more freely',
  plan: 'Chin tucks twice a day',
  painBefore: 6,
  painAfter: 3,
  rom: { ...EMPTY_ROM, rotationLeft: 60 },
  redFlags: { trauma: false },
  redFlagsScreenedAt: '2026-11-21T09:31:00Z',
  referralAlertAt: null,
  perpetuatingFactors: ['phone_shoulder'],
  signedRecord: null,
  ndi: null,
  ndiAt: null,
  status: 'signed',
  signedBy: 'Jo Park',
  signedAt: '2026-11-21T10:45:00Z',
  createdAt: '2026-11-21T09:30:00Z',
  updatedAt: '2026-11-21T10:45:00Z',
};

const markId = '01960000-0000-7000-8000-000000000003';
const data: NoteData = {
  session,
  settings,
  client: {
    id: session.clientId,
    givenName: 'Ana',
    familyName: 'Silva',
    dateOfBirth: '1984-03-21',
    phone: '',
    email: '',
    address: '',
    healthHistory: '',
    contraindications: 'Blood thinners',
    archived: false,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  },
  chart: {
    sessionId: session.id,
    editable: false,
    carried: [],
    zones: [],
    marks: [
      {
        ...UNRECORDED_FINDINGS,
        id: markId,
        siteId: markId,
        kind: 'trigger_point',
        activity: 'active',
        viewId: 'posterior',
        artworkVersion: 1,
        x: 0.45,
        y: 0.2,
        muscle: 'Upper trapezius',
        side: 'right',
        parentMarkId: null,
        tenderness: 7,
        tendernessAfter: 3,
        deleted: false,
        version: 1,
      },
    ],
  },
  amendments: [],
};

function noteText(note: NoteData): { html: string; text: string } {
  const html = renderToStaticMarkup(createElement(NoteDocument, { data: note, queue: new PaintQueue() }));
  // <bdi> isolates typed text inside a line; it does not separate words the way a block does.
  return { html, text: markupText(html.replace(/<\/?bdi[^>]*>/g, '')) };
}

describe('the printed session note', () => {
  it('carries the practice, the client, the date, the SOAP sections, the measures and the signature', () => {
    const { text } = noteText(data);
    for (const expected of [
      'Harbour Massage',
      '12 Quay St',
      'Jo Park, RMT',
      'Registration no. M-1234',
      'Ana Silva',
      formatDateTime(session.startedAt),
      '60 min',
      'Blood thinners',
      'Partly screened: 1 of 7 questions answered, all no',
      'Subjective Neck stiff since Monday',
      'Objective Not recorded',
      'Assessment Moves more freely',
      'Plan Chin tucks twice a day',
      'Before 6/10 (moderate) → after 3/10 (mild)',
      'Rotation, left 60° about 74°',
      'Phone held between ear and shoulder',
      'Upper trapezius',
      '7 → 3',
      'Body chart',
      'Back (1 mark)',
      'Legend',
      'Active trigger point',
      `Signed by Jo Park on ${formatDateTime(session.signedAt!)}`,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints what the client said as text, never as markup', () => {
    const { html } = noteText(data);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('marks a draft as not signed, prominently', () => {
    const draft = { ...session, status: 'draft' as const, signedBy: null, signedAt: null };
    const { text } = noteText({ ...data, session: draft });
    expect(text).toContain('Draft — not signed');
    expect(text).not.toContain('Signed by');
  });

  it('shows a positive red-flag screen as advice to see a physician, with the time', () => {
    const alertAt = '2026-11-21T09:32:00Z';
    const flagged = { ...session, redFlags: { arm_numbness: true }, referralAlertAt: alertAt };
    const { text } = noteText({ ...data, session: flagged });
    expect(text).toContain(`Red flag found: refer to a physician ( ${formatDateTime(alertAt)} )`);
    expect(text).toContain('numbness, tingling or weakness in the arms');
  });

  it('lists amendments below the signature, each dated and signed', () => {
    const amendment: Amendment = {
      id: '01960000-0000-7000-8000-000000000009',
      sessionId: session.id,
      reason: 'Wrong side recorded',
      body: 'The trigger point was on the left.',
      createdAt: '2026-11-22T08:00:00Z',
      signedBy: 'Jo Park',
      signedAt: '2026-11-22T08:00:00Z',
    };
    const { text } = noteText({ ...data, amendments: [amendment] });
    const signature = text.indexOf('Signature');
    const amendments = text.indexOf('Amendments');
    expect(signature).toBeGreaterThan(-1);
    expect(amendments).toBeGreaterThan(signature);
    expect(text.slice(amendments)).toContain(
      `Reason: Wrong side recorded The trigger point was on the left. Signed by Jo Park on ${formatDateTime(amendment.signedAt!)}`,
    );
  });

  it('prints every typed text isolated, so a right-to-left override cannot reverse the rest of its line', () => {
    // U+202E (right-to-left override) at the start of each typed text; the word after it names the field.
    const rlo = (field: string) => `\u202e${field}`;
    const mark = data.chart.marks[0]!;
    const hostile: NoteData = {
      ...data,
      settings: {
        ...settings,
        practitioner: { name: rlo('Signer'), credentials: rlo('Credentials'), registration: rlo('Registration') },
        practice: { name: rlo('Practice'), address: rlo('Address'), phone: rlo('Phone'), email: rlo('Email') },
      },
      client: { ...data.client, givenName: rlo('Given'), familyName: rlo('Family'), contraindications: rlo('Contra') },
      session: { ...session, subjective: rlo('Subjective'), plan: rlo('Plan'), signedBy: rlo('Signer') },
      chart: {
        ...data.chart,
        marks: [
          { ...mark, muscle: rlo('Muscle'), note: rlo('ChartNote'), referredPainReproduced: true },
          { ...mark, id: '01960000-0000-7000-8000-00000000000a', referredPainWhere: rlo('Where') },
        ],
      },
      amendments: [
        {
          id: '01960000-0000-7000-8000-000000000009',
          sessionId: session.id,
          reason: rlo('Reason'),
          body: rlo('Body'),
          createdAt: '2026-11-22T08:00:00Z',
          signedBy: rlo('AmendmentSigner'),
          signedAt: '2026-11-22T08:00:00Z',
        },
      ],
    };
    const { html } = noteText(hostile);
    const fields = ['Credentials', 'Registration', 'Practice', 'Address', 'Phone', 'Email', 'Given']
      .concat(['Family', 'Contra', 'Subjective', 'Plan', 'Signer', 'Muscle', 'ChartNote', 'Where', 'Reason', 'Body'])
      .concat(['AmendmentSigner']);
    for (const field of fields) {
      expect(printedCount(html, rlo(field)), field).toBeGreaterThan(0);
      expect(unisolated(html, rlo(field)), field).toEqual([]);
    }
  });

  it('says when nothing was marked on the chart, with no legend', () => {
    const { text } = noteText({ ...data, chart: { ...data.chart, marks: [] } });
    expect(text).toContain('Nothing marked on the chart');
    expect(text).not.toContain('Legend');
  });
});
