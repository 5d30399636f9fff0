/**
 * The paper a printed page (session note, home-care handout) prints on: an @page rule with its
 * paper size and margins, present only while that page is open (other pages keep the browser's
 * defaults).
 *
 * The rule goes in a constructed style sheet: the app's Content-Security-Policy refuses inline
 * <style> elements, and a static style sheet cannot choose the size from the settings.
 */
import { useLayoutEffect } from 'react';
import type { PaperSize } from '../../../db/api/contract';

/** Inches; the desktop app's PDF export uses the same margins (electron/pdf-export.ts). */
export const PAGE_MARGIN_INCHES = 0.6;

export function pageRule(paperSize: PaperSize): string {
  const size = paperSize === 'a4' ? 'A4' : 'letter';
  return `@page { size: ${size} portrait; margin: ${PAGE_MARGIN_INCHES}in; }`;
}

/** A layout effect: a page that changes what it shows and prints at once prints on the new size. */
export function usePrintedPage(paperSize: PaperSize | undefined): void {
  useLayoutEffect(() => {
    if (!paperSize || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageRule(paperSize));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [paperSize]);
}
