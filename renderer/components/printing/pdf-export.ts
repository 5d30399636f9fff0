/**
 * Export PDF from the page's side. In the desktop app the preload offers
 * `window.knotbook.exportPdf`, which saves the page as it prints; in a plain browser there is no
 * such bridge and the print dialog's "Save as PDF" does the same job.
 */
import type { ExportPdfRequest, ExportPdfResult } from '../../../db/api/bridge';

export type PdfExporter = (request: ExportPdfRequest) => Promise<ExportPdfResult>;

export const EXPORT_FAILED = 'Knotbook could not make the PDF. Please try again.';

/** The desktop app's exporter, or null in a browser. */
export function desktopPdfExporter(win: Pick<Window, 'knotbook'> = window): PdfExporter | null {
  const bridge = win.knotbook;
  const exportPdf = bridge?.exportPdf;
  return typeof exportPdf === 'function' ? (request) => exportPdf.call(bridge, request) : null;
}

/** Runs an export and always answers with a result the page can show (it never throws). */
export async function runPdfExport(exporter: PdfExporter, request: ExportPdfRequest): Promise<ExportPdfResult> {
  let result: unknown;
  try {
    result = await exporter(request);
  } catch {
    return { status: 'error', message: EXPORT_FAILED };
  }
  const r = result as Partial<Record<'status' | 'filePath' | 'message', unknown>> | null;
  if (r?.status === 'saved' && typeof r.filePath === 'string') return { status: 'saved', filePath: r.filePath };
  if (r?.status === 'cancelled') return { status: 'cancelled' };
  if (r?.status === 'error' && typeof r.message === 'string' && r.message !== '') {
    return { status: 'error', message: r.message };
  }
  return { status: 'error', message: EXPORT_FAILED };
}
