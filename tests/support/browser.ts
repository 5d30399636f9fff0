/**
 * Finds a Chromium for the end-to-end tests: $KNOTBOOK_CHROMIUM, Playwright's own browser
 * where it has been installed, or the system's Chromium/Chrome. Never downloads one.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const NO_BROWSER_MESSAGE =
  'No Chromium found for the end-to-end tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`; anywhere: `npx playwright install chromium`) or set KNOTBOOK_CHROMIUM to a Chrome/Chromium executable.';

function playwrightsOwn(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export function findChromium(): string | undefined {
  const candidates = [process.env.KNOTBOOK_CHROMIUM, playwrightsOwn(), ...systemCandidates];
  return candidates.find((p): p is string => !!p && fs.existsSync(p));
}

/** Flags that keep Chromium quiet and offline: it talks to 127.0.0.1 only. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];
