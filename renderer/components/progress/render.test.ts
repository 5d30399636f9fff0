/**
 * What the progress view shows, rendered to HTML (no browser): the sites table and the NDI table
 * carry the numbers with a caption and column headers; the plots have names; the report's summary
 * is an editable box on screen with the same words ready to print.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Client, Settings } from '../../../db/api/contract';
import { localIso } from '../../testing/local-time';
import { ProgressReport } from './ProgressReport';
import { ndiRows, siteRows } from './progress-data';
import { NdiTable, SITE_COLUMNS, SitesTable } from './tables';
import { improvingClient } from './test-progress';
import { printedCount, unisolated } from '../printing/isolation-check';

const html = (element: ReactElement) => renderToStaticMarkup(element);
// <bdi> isolates typed text within a line: it does not separate words the way a cell does.
const text = (markup: string) =>
  markup
    .replace(/<\/?bdi[^>]*>/g, '')
    .replace(/<[^>]+>/g, '|')
    .replace(/\|+/g, '|');

describe('the sites table', () => {
  const page = html(createElement(SitesTable, { rows: siteRows(improvingClient().sites) }));

  it('has a caption and a header per column', () => {
    expect(page).toContain('<caption>Trigger-point sites across visits</caption>');
    expect(page.match(/<th scope="col">/g)).toHaveLength(SITE_COLUMNS.length);
    expect(page).toContain('<th scope="col">Latest PPT (kg/cm²)</th>');
  });

  it('lists each site, most visits first, with its first and latest tenderness and whether it resolved', () => {
    expect(text(page)).toContain('|Upper trapezius|Left|Trigger point|3|7|4|3.2|Full|Still present|');
    expect(text(page)).toContain('|Levator scapulae|Right|Trigger point|2|6|3|—|—|Resolved on 7 Oct 2026|');
    expect(text(page)).toContain('|No muscle named|Midline|Tender point|1|5|5|—|—|Still present|');
    expect(page.indexOf('Upper trapezius')).toBeLessThan(page.indexOf('Levator scapulae'));
    expect(page.indexOf('Levator scapulae')).toBeLessThan(page.indexOf('No muscle named'));
  });
});

describe('the NDI table', () => {
  it('shows only the visits with a score, with the band in words', () => {
    const page = text(html(createElement(NdiTable, { rows: ndiRows(improvingClient().visits) })));
    expect(page).toContain('|Neck Disability Index scores|');
    expect(page).toContain('|2 Sep 2026|22|44%|moderate disability|10 of 10|');
    expect(page).toContain('|21 Nov 2026|14|28%|mild disability|10 of 10|');
    expect(page).not.toContain('16 Sep 2026');
  });
});

describe('the progress report', () => {
  const client = { givenName: 'Ana', familyName: 'Silva' } as Client;
  const settings = {
    paperSize: 'a4',
    practice: { name: 'Harbour Massage', address: '', phone: '', email: '' },
    practitioner: { name: 'Jo Park', credentials: 'RMT', registration: '' },
  } as Settings;
  const page = html(
    createElement(ProgressReport, {
      progress: improvingClient(),
      client,
      settings,
      today: localIso(2026, 11, 21, 23, 45),
    }),
  );

  it('opens with the practice, the client and the period', () => {
    expect(page).toContain('Harbour Massage');
    expect(text(page)).toContain(
      '|Client|Ana Silva|Period|2 Sep 2026 to 21 Nov 2026|Visits|4|Report date|21 Nov 2026|',
    );
  });

  it('has the summary in a labelled box, and the same sentences ready to print', () => {
    expect(page).toMatch(/<label for="[^"]+"[^>]*>Summary \(edit before printing; one sentence per line\)<\/label>/);
    expect(page).toMatch(/<textarea[^>]*>Pain before treatment is down 4 points since the first visit \(7 → 3\)\./);
    expect(page).toContain('<li><bdi>Pain before treatment is down 4 points since the first visit (7 → 3).</bdi></li>');
  });

  it('names every plot, and draws them at a fixed size without animation', () => {
    expect(page).toContain(
      'role="img" aria-label="Line chart of pain before and after treatment, 0 to 10, at 4 visits, 2 Sep to 21 Nov."',
    );
    expect(page).toContain('aria-label="Bar chart of active trigger points at 4 visits, 2 Sep to 21 Nov."');
    expect(page).toContain(
      'aria-label="Line chart of rotation, left in degrees at 2 visits, 2 Sep to 21 Nov, with a line at the usual 74°."',
    );
    expect(page).toContain('<caption>Trigger-point sites across visits</caption>');
    expect(page).toContain('<caption>Neck Disability Index scores</caption>');
  });
});

describe('typed text in the printed report', () => {
  it('is isolated, so a right-to-left override in a name cannot reverse the rest of its line', () => {
    const rlo = (field: string) => `\u202e${field}`;
    const progress = improvingClient();
    const page = html(
      createElement(ProgressReport, {
        progress: { ...progress, sites: progress.sites.map((s) => ({ ...s, muscle: rlo('Muscle') })) },
        client: { givenName: rlo('Given'), familyName: rlo('Family') } as Client,
        settings: {
          paperSize: 'letter',
          practice: { name: rlo('Practice'), address: rlo('Address'), phone: rlo('Phone'), email: rlo('Email') },
          practitioner: { name: rlo('Practitioner'), credentials: rlo('Credentials'), registration: '' },
        } as Settings,
        today: localIso(2026, 11, 21, 23, 45),
      }),
    );
    for (const field of ['Given', 'Family', 'Practice', 'Address', 'Phone', 'Email', 'Practitioner', 'Muscle']) {
      expect(printedCount(page, rlo(field)), field).toBeGreaterThan(0);
      expect(unisolated(page, rlo(field)), field).toEqual([]);
    }
  });
});
