/**
 * The paper the note prints on: an @page rule with the settings' paper size and the note's
 * margins, present only while the note is open (other pages keep the browser's defaults).
 *
 * The rule goes in a constructed style sheet: the app's Content-Security-Policy refuses inline
 * <style> elements, and a static style sheet cannot choose the size from the settings.
 */
import { useEffect } from 'react';
import type { PaperSize } from '../../../db/api/contract';

/** Inches; the desktop app's PDF export uses the same margins (electron/pdf-export.ts). */
export const PAGE_MARGIN_INCHES = 0.6;

export function pageRule(paperSize: PaperSize): string {
  const size = paperSize === 'a4' ? 'A4' : 'letter';
  return `@page { size: ${size} portrait; margin: ${PAGE_MARGIN_INCHES}in; }`;
}

export function usePrintedPage(paperSize: PaperSize | undefined): void {
  useEffect(() => {
    if (!paperSize || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageRule(paperSize));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [paperSize]);
}
