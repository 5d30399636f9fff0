import { RED_FLAG_IDS } from '../../../db/api/clinical';
import { describe, expect, it } from 'vitest';
import { EMPTY_ROM } from '../../../db/api/clinical';
import { formatDateTime } from '../../lib/format';
import {
  noteFileName,
  orNotRecorded,
  painSummary,
  perpetuatingLabels,
  redFlagSummary,
  romRows,
  signatureLine,
} from './note-text';

describe('painSummary', () => {
  it('gives both scores with their bands and the change', () => {
    expect(painSummary(6, 3)).toBe(
      'Before 6/10 (moderate) → after 3/10 (mild): 3 points lower, a change the client can feel',
    );
    expect(painSummary(4, 5)).toBe('Before 4/10 (moderate) → after 5/10 (moderate): 1 point higher');
    expect(painSummary(2, 2)).toBe('Before 2/10 (mild) → after 2/10 (mild): no change');
  });

  it('says what was not recorded', () => {
    expect(painSummary(null, null)).toBe('Not recorded');
    expect(painSummary(7, null)).toBe('Before 7/10 (severe) → after: not recorded');
    expect(painSummary(null, 0)).toBe('Before: not recorded → after 0/10 (none)');
  });
});

describe('romRows', () => {
  it('lists the measured movements with their usual range', () => {
    expect(romRows({ ...EMPTY_ROM, flexion: 50, rotationRight: 70 })).toEqual([
      { key: 'flexion', label: 'Flexion', measured: 50, usual: 64 },
      { key: 'rotationRight', label: 'Rotation, right', measured: 70, usual: 74 },
    ]);
    expect(romRows(EMPTY_ROM)).toEqual([]);
  });
});

describe('perpetuatingLabels', () => {
  it('names the factors in the checklist order', () => {
    expect(perpetuatingLabels(['stress', 'forward_head'])).toEqual(['Forward head posture ("tech neck")', 'Stress']);
  });
});

describe('redFlagSummary', () => {
  const at = '2026-11-21T09:31:00Z';
  it('tells a screen not done from one with nothing found', () => {
    expect(redFlagSummary({ redFlags: {}, redFlagsScreenedAt: null, referralAlertAt: null }).state).toBe(
      'not_screened',
    );
    expect(
      redFlagSummary({ redFlags: { trauma: false, neuro: false }, redFlagsScreenedAt: at, referralAlertAt: null }),
    ).toEqual({ state: 'clear', text: 'Partly screened: 2 of 7 questions answered, all no', at });
    const allNo = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false]));
    expect(redFlagSummary({ redFlags: allNo, redFlagsScreenedAt: at, referralAlertAt: null })).toEqual({
      state: 'clear',
      text: 'Screened: no warning signs',
      at,
    });
  });

  it('advises a physician, with what was found and when the alert was raised', () => {
    const alert = '2026-11-21T09:32:00Z';
    expect(
      redFlagSummary({ redFlags: { trauma: true, neuro: false }, redFlagsScreenedAt: at, referralAlertAt: alert }),
    ).toEqual({
      state: 'positive',
      text: 'Red flag found: refer to a physician',
      items: ['pain after a fall or accident'],
      at: alert,
    });
  });
});

describe('signatureLine', () => {
  it('names the signer and the local date and time', () => {
    const at = '2026-11-21T10:45:00Z';
    expect(signatureLine('Jo Park', at)).toEqual(['Signed by ', { typed: 'Jo Park' }, ` on ${formatDateTime(at)}`]);
    expect(signatureLine(null, null)).toBeNull();
  });
});

describe('noteFileName', () => {
  it("names the PDF after the client and the session's local date", () => {
    const startedAt = new Date(2026, 10, 21, 9, 30).toISOString();
    expect(noteFileName('Ana Silva', startedAt)).toBe('Session note - Ana Silva - 2026-11-21.pdf');
    const lateEvening = new Date(2026, 11, 31, 23, 30).toISOString();
    expect(noteFileName('Ana Silva', lateEvening)).toBe('Session note - Ana Silva - 2026-12-31.pdf');
  });

  it('leaves out the direction controls of a name, so the file name cannot read backwards', () => {
    const startedAt = new Date(2026, 10, 21, 9, 30).toISOString();
    expect(noteFileName('\u202eAna\u2067 Silva\u200f', startedAt)).toBe('Session note - Ana Silva - 2026-11-21.pdf');
    expect(noteFileName('\u202e', startedAt)).toBe('Session note - client - 2026-11-21.pdf');
  });
});

describe('orNotRecorded', () => {
  it('prints an empty section as "Not recorded" and keeps written text as it is', () => {
    expect(orNotRecorded('  ')).toBe('Not recorded');
    expect(orNotRecorded('Neck stiff <b>since</b> Monday')).toBe('Neck stiff <b>since</b> Monday');
  });
});
