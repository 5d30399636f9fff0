/**
 * What both handout pages share: the paint queue of the pictures, the paper size, the window
 * title (the browser's "Save as PDF" offers it as the file name) and printing or exporting what
 * the sheet shows.
 */
import { useCallback, useMemo } from 'react';
import type { ExportPdfResult } from '../../../db/api/bridge';
import type { HandoutContent, HandoutFormat } from '../../../db/api/contract';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { desktopPdfExporter, runPdfExport } from '../printing/pdf-export';
import type { PaintQueue } from '../printing/paint-queue';
import { usePaintQueue } from '../printing/usePaintQueue';
import { usePrintedPage } from '../printing/usePrintedPage';
import { handoutFileName } from './handout-text';

export interface HandoutOutput {
  queue: PaintQueue;
  /** True in the desktop app, where Export PDF saves a file itself. */
  desktop: boolean;
  /**
   * Prints the sheet as it is on the page now (`shown` is what it shows), or saves it as a PDF
   * in the desktop app. Answers null when the print dialog did the job (in a browser, its "Save
   * as PDF" too); never throws.
   */
  output: (format: HandoutFormat, shown: HandoutContent) => Promise<ExportPdfResult | null>;
}

export function useHandoutOutput(content: HandoutContent | null): HandoutOutput {
  const queue = usePaintQueue();
  usePrintedPage(content?.paperSize);
  const fileName = content ? handoutFileName(content.clientName, content.sessionStartedAt) : null;
  useDocumentTitle(fileName ? fileName.replace(/\.pdf$/, '') : 'Home care');
  const exporter = useMemo(() => desktopPdfExporter(), []);
  const output = useCallback(
    async (format: HandoutFormat, shown: HandoutContent): Promise<ExportPdfResult | null> => {
      queue.flush();
      if (format === 'print' || !exporter) {
        window.print();
        return null;
      }
      return runPdfExport(exporter, {
        suggestedName: handoutFileName(shown.clientName, shown.sessionStartedAt),
        paperSize: shown.paperSize,
      });
    },
    [queue, exporter],
  );
  return { queue, desktop: exporter !== null, output };
}
