/** The direction controls never reach a suggested file name. */
import { describe, expect, it } from 'vitest';
import { fileNamePart, withoutBidiControls } from './file-name';

/** Every bidirectional control character Unicode has. */
const CONTROLS = '\u200e \u200f \u061c \u202a \u202b \u202c \u202d \u202e \u2066 \u2067 \u2068 \u2069'.split(' ');

describe('withoutBidiControls', () => {
  it('takes out every direction control and nothing else', () => {
    for (const control of CONTROLS) {
      expect(withoutBidiControls(`Ana${control} Silva${control}`)).toBe('Ana Silva');
    }
    expect(withoutBidiControls(CONTROLS.join(''))).toBe('');
    // Right-to-left letters themselves stay: only the invisible controls go.
    expect(withoutBidiControls('\u202eעדי כהן\u202c · سارة')).toBe('עדי כהן · سارة');
    expect(withoutBidiControls('Zoë Ødegård (gpj.exe)')).toBe('Zoë Ødegård (gpj.exe)');
  });
});

describe('fileNamePart', () => {
  it('is the typed text without direction controls, trimmed', () => {
    expect(fileNamePart('  \u202eAna Silva\u202c ')).toBe('Ana Silva');
    expect(fileNamePart('\u2067\u200f')).toBe('');
  });
});
