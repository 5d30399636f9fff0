/**
 * What the opening window (opening-window.ts) shows while a file of an older schema is copied,
 * checked and updated: one self-contained page (a data: URL with its own Content-Security-Policy:
 * no script, no request of any kind) and the script main runs in it to set the sentence and the
 * bar. No 'electron' import, so it is tested in Node.
 */
import { describeOpenProgress, type OpenProgress } from '../db/open-progress';

export const OPENING_TITLE = 'Knotbook: updating your records';

/** What the page shows: the sentence, and the bar's fraction (null: a stage with no fraction). */
export interface OpeningView {
  text: string;
  fraction: number | null;
}

export function openingView(progress: OpenProgress): OpeningView {
  return {
    text: describeOpenProgress(progress),
    fraction: progress.stage === 'copying' ? Math.min(1, Math.max(0, progress.fraction)) : null,
  };
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${OPENING_TITLE}</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 24px; color: #1f2933; background: #fff; }
  h1 { font-size: 17px; margin: 0 0 12px; }
  progress { width: 100%; height: 12px; }
  p { margin: 0 0 10px; }
  .note { color: #52606d; font-size: 13px; margin-top: 10px; }
</style>
</head>
<body>
<h1>Knotbook is updating your records</h1>
<p id="stage" role="status" aria-live="polite">Getting ready</p>
<progress id="bar" aria-labelledby="stage"></progress>
<p class="note">This happens once, after an update. Please keep Knotbook open.</p>
</body>
</html>`;

/** The page, as a data: URL. */
export const OPENING_PAGE_URL = `data:text/html;charset=utf-8,${encodeURIComponent(PAGE)}`;

/**
 * The script that shows `view` in the page: the sentence as text (never as HTML), the bar at its
 * fraction, or moving without one.
 */
export function openingScript(view: OpeningView): string {
  const text = JSON.stringify(view.text);
  const set = view.fraction === null ? "bar.removeAttribute('value')" : `bar.value = ${JSON.stringify(view.fraction)}`;
  return `(() => { document.getElementById('stage').textContent = ${text}; const bar = document.getElementById('bar'); ${set}; })()`;
}
