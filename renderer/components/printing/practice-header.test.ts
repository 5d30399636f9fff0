import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../db/api/contract';
import { practiceHeader } from './practice-header';
import { lineText, typed } from './printed-text';

const asText = (header: ReturnType<typeof practiceHeader>) => ({ ...header, lines: header.lines.map(lineText) });

const blank: Pick<Settings, 'practice' | 'practitioner'> = {
  practice: { name: '', address: '', phone: '', email: '' },
  practitioner: { name: '', credentials: '', registration: '' },
};

describe('practiceHeader', () => {
  it('prints the practice with its address, contact, practitioner and registration, leaving out empty lines', () => {
    const header = practiceHeader({
      practice: { name: 'Harbour Massage', address: '12 Quay St\nPortside', phone: '555 0100', email: '' },
      practitioner: { name: 'Jo Park', credentials: 'RMT', registration: 'M-1234' },
    });
    expect(asText(header)).toEqual({
      title: 'Harbour Massage',
      lines: ['12 Quay St', 'Portside', '555 0100', 'Jo Park, RMT', 'Registration no. M-1234'],
    });
  });

  it('marks every piece the therapist typed, so each prints isolated from the words around it', () => {
    const header = practiceHeader({
      practice: { name: 'Harbour', address: '12 Quay St', phone: '\u202e555 0100', email: 'jo@harbour.test' },
      practitioner: { name: 'Jo Park', credentials: 'RMT', registration: 'M-1234' },
    });
    expect(header.lines).toEqual([
      [typed('12 Quay St')],
      [typed('\u202e555 0100'), ' · ', typed('jo@harbour.test')],
      [typed('Jo Park'), ', ', typed('RMT')],
      ['Registration no. ', typed('M-1234')],
    ]);
  });

  it("uses the practitioner's name when there is no practice name, and Knotbook when there is neither", () => {
    const solo = practiceHeader({ ...blank, practitioner: { name: 'Jo Park', credentials: 'RMT', registration: '' } });
    expect(asText(solo)).toEqual({ title: 'Jo Park', lines: ['RMT'] });
    expect(practiceHeader(blank)).toEqual({ title: 'Knotbook', lines: [] });
  });
});
