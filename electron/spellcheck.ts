/**
 * Spellcheck with no network call. On macOS Electron uses the system's own spellchecker and
 * downloads no dictionary (Electron's session docs, setSpellCheckerDictionaryDownloadURL). On
 * Windows and Linux its checker is Hunspell, whose dictionaries Chromium downloads from a Google
 * server (docs/tutorial/spellchecker.md), and it starts loading the dictionary of the system's
 * language when the session is created, whether or not a window checks spelling
 * (electron/electron#22995). So spellcheck is on for macOS only, and every session is told to
 * load no dictionary and to look for any at an address that cannot be reached.
 */
import type { Session } from 'electron';

/** Where the window checks spelling: where the system's own checker does it, nothing fetched. */
export function spellcheckAvailable(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

/**
 * Where Chromium is to fetch Hunspell dictionaries from: this computer, on port 9 (discard),
 * a port Chromium refuses to connect to (net/base/port_util.cc, and the Fetch standard's bad
 * ports), so a download fails at once and nothing leaves the machine.
 */
export const NO_DICTIONARY_URL = 'http://127.0.0.1:9/';

export type SpellcheckSession = Pick<
  Session,
  'setSpellCheckerDictionaryDownloadURL' | 'setSpellCheckerLanguages' | 'setSpellCheckerEnabled'
>;

/**
 * For app.on('session-created'), which Electron emits as soon as a session exists, before a
 * dictionary could be fetched. Everywhere, dictionaries come from NO_DICTIONARY_URL (a no-op on
 * macOS, which fetches none). Where spellcheck is off, the session also gets no languages (so
 * Chromium drops the dictionaries it began to load and has none to fetch) and spellcheck off.
 */
export function keepSpellcheckOffline(session: SpellcheckSession, platform: NodeJS.Platform): void {
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_URL);
  if (spellcheckAvailable(platform)) return;
  session.setSpellCheckerLanguages([]);
  session.setSpellCheckerEnabled(false);
}
