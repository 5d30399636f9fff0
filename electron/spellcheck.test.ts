import { describe, expect, it } from 'vitest';
import { NO_DICTIONARY_URL, keepSpellcheckOffline, spellcheckAvailable, type SpellcheckSession } from './spellcheck';

function recordingSession() {
  const calls: [string, unknown][] = [];
  const session: SpellcheckSession = {
    setSpellCheckerDictionaryDownloadURL: (url) => void calls.push(['downloadURL', url]),
    setSpellCheckerLanguages: (languages) => void calls.push(['languages', languages]),
    setSpellCheckerEnabled: (enable) => void calls.push(['enabled', enable]),
  };
  return { session, calls };
}

describe('spellcheckAvailable', () => {
  it('is on only where the system checks spelling itself (macOS)', () => {
    expect(spellcheckAvailable('darwin')).toBe(true);
    expect(spellcheckAvailable('win32')).toBe(false);
    expect(spellcheckAvailable('linux')).toBe(false);
    expect(spellcheckAvailable('freebsd')).toBe(false);
  });
});

describe('keepSpellcheckOffline', () => {
  it('on macOS only points dictionary downloads nowhere, and leaves the system checker on', () => {
    const { session, calls } = recordingSession();
    keepSpellcheckOffline(session, 'darwin');
    expect(calls).toEqual([['downloadURL', NO_DICTIONARY_URL]]);
  });

  for (const platform of ['win32', 'linux'] as const) {
    it(`on ${platform} points downloads nowhere first, then loads no dictionary and turns spellcheck off`, () => {
      const { session, calls } = recordingSession();
      keepSpellcheckOffline(session, platform);
      expect(calls).toEqual([
        ['downloadURL', NO_DICTIONARY_URL],
        ['languages', []],
        ['enabled', false],
      ]);
    });
  }

  it('sends any download to a port of this computer that Chromium refuses to connect to', () => {
    const url = new URL(NO_DICTIONARY_URL);
    expect(url.hostname).toBe('127.0.0.1');
    // net/base/port_util.cc kRestrictedPorts (and the Fetch standard's bad ports): 9 is discard.
    expect(url.port).toBe('9');
    // Electron appends the file name: the base must end with a slash.
    expect(NO_DICTIONARY_URL.endsWith('/')).toBe(true);
  });
});
