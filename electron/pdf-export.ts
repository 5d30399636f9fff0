/**
 * Export PDF: the page asks (`window.knotbook.exportPdf`), the main process checks that the
 * request comes from our own window and is well formed, asks where to save (Documents by
 * default), prints the page to a PDF the way it prints on paper, and writes the file in one
 * piece (a temporary file renamed into place, so a full disk leaves no half-written PDF). The
 * answer is saved, cancelled, or an error in plain words. Only types come from 'electron', so
 * the rules are tested in Node.
 */
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, PrintToPDFOptions, SaveDialogOptions } from 'electron';
import { EXPORT_PDF_CHANNEL, type ExportPdfRequest, type ExportPdfResult } from '../db/api/bridge';
import { withoutBidiControls } from '../db/api/file-name';
import { isTrustedSender } from './security';

/** Page margins in inches; the page's own @page rule uses the same. */
export const PDF_MARGIN_INCHES = 0.6;
const MAX_NAME = 200;
const FALLBACK_NAME = 'Session note.pdf';

export const EXPORT_MESSAGES = {
  refused: 'This request did not come from the Knotbook window, so it was refused.',
  invalid: 'Knotbook could not make the PDF (the request was not understood). Please try again.',
  busy: 'A PDF is already being saved. Wait for it to finish, then try again.',
  render: 'Knotbook could not turn the note into a PDF. Please try again.',
  diskFull: 'The disk is full, so the PDF was not saved. Free some space or choose another drive, then try again.',
  denied:
    'Knotbook could not write to that file: it may be open in another program, or the folder may not allow ' +
    'saving. Close the file or choose another folder, then try again.',
  readOnly: 'That drive cannot be written to. Choose another folder, then try again.',
  noFolder: 'That folder is no longer there. Choose another folder, then try again.',
  isFolder: 'That name belongs to a folder. Choose another name, then try again.',
  other: 'The PDF could not be saved. Try again, or choose another folder.',
} as const;

/** The request as sent by the page, or null when it is not exactly what the page sends. */
export function parseExportRequest(input: unknown): ExportPdfRequest | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const keys = Object.keys(input);
  if (keys.length !== 2 || !keys.includes('suggestedName') || !keys.includes('paperSize')) return null;
  const { suggestedName, paperSize } = input as Record<string, unknown>;
  if (typeof suggestedName !== 'string' || suggestedName.length > MAX_NAME) return null;
  if (paperSize !== 'letter' && paperSize !== 'a4') return null;
  return { suggestedName, paperSize };
}

/**
 * A file name (never a path) safe on Windows, macOS and Linux, ending in .pdf: no folder
 * separators or characters Windows refuses, no control characters (the invisible direction
 * controls included, which could make the name read backwards), no leading or trailing dots and
 * spaces, not a reserved device name, not too long.
 */
export function safePdfFileName(suggested: string): string {
  let base = withoutBidiControls(suggested)
    .replace(/\.pdf$/i, '')
    // eslint-disable-next-line no-control-regex -- control characters are what is removed here
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (base.length > 120) base = base.slice(0, 120).trimEnd();
  if (base === '') return FALLBACK_NAME;
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `${base} note`;
  return `${base}.pdf`;
}

/** The chosen path with .pdf added when the dialog left the extension off (Linux dialogs do). */
export function withPdfExtension(filePath: string): string {
  return path.extname(filePath).toLowerCase() === '.pdf' ? filePath : `${filePath}.pdf`;
}

/** What printToPDF is asked for: the paper size of the settings, backgrounds, our margins. */
export function pdfOptions(paperSize: ExportPdfRequest['paperSize']): PrintToPDFOptions {
  const m = PDF_MARGIN_INCHES;
  return {
    pageSize: paperSize === 'a4' ? 'A4' : 'Letter',
    printBackground: true,
    margins: { marginType: 'custom', top: m, bottom: m, left: m, right: m },
  };
}

/** A file-system error as a sentence for the therapist (never the raw error or the path). */
export function saveErrorMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return EXPORT_MESSAGES.diskFull;
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return EXPORT_MESSAGES.denied;
    case 'EROFS':
      return EXPORT_MESSAGES.readOnly;
    case 'ENOENT':
    case 'ENOTDIR':
      return EXPORT_MESSAGES.noFolder;
    case 'EISDIR':
      return EXPORT_MESSAGES.isFolder;
    default:
      return EXPORT_MESSAGES.other;
  }
}

/** Writes `data` to `filePath` in one piece: a temporary file beside it, then a rename. */
export async function writeFileWhole(filePath: string, data: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.${Date.now()}.part`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    await fs.rename(temp, filePath);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

export interface PdfExportDeps {
  /** Our window, when `contents` is its page; undefined for anything else. */
  windowFor: (contents: IpcMainInvokeEvent['sender']) => BrowserWindow | undefined;
  showSaveDialog: (
    window: BrowserWindow,
    options: SaveDialogOptions,
  ) => Promise<{ canceled: boolean; filePath?: string | undefined }>;
  /** The folder the dialog opens in (the user's Documents). */
  documentsDir: () => string;
}

export async function exportPdf(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  input: unknown,
  deps: PdfExportDeps,
): Promise<ExportPdfResult> {
  const window = isTrustedSender(event.senderFrame) ? deps.windowFor(event.sender) : undefined;
  if (!window) return { status: 'error', message: EXPORT_MESSAGES.refused };
  const request = parseExportRequest(input);
  if (!request) return { status: 'error', message: EXPORT_MESSAGES.invalid };

  let documents = '';
  try {
    documents = deps.documentsDir();
  } catch {
    // No Documents folder: the dialog opens wherever the system chooses.
  }
  const name = safePdfFileName(request.suggestedName);
  const choice = await deps.showSaveDialog(window, {
    title: 'Export session note as PDF',
    defaultPath: documents ? path.join(documents, name) : name,
    buttonLabel: 'Save PDF',
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  const filePath = withPdfExtension(choice.filePath);
  // The dialog asked about overwriting the name as typed; ".pdf" added after it must not replace
  // a file nobody was asked about.
  if (filePath !== choice.filePath && existsSync(filePath)) {
    return {
      status: 'error',
      message: `A file named ${path.basename(filePath)} is already there, so nothing was saved. Export again and choose another name.`,
    };
  }

  let data: Uint8Array;
  try {
    data = await event.sender.printToPDF(pdfOptions(request.paperSize));
  } catch {
    return { status: 'error', message: EXPORT_MESSAGES.render };
  }
  try {
    await writeFileWhole(filePath, data);
  } catch (error) {
    return { status: 'error', message: saveErrorMessage(error) };
  }
  return { status: 'saved', filePath };
}

/** One export at a time: a second request while the dialog is open is answered at once. */
export function registerPdfExport(ipcMain: IpcMain, deps: PdfExportDeps): void {
  let busy = false;
  ipcMain.handle(EXPORT_PDF_CHANNEL, async (event, input: unknown): Promise<ExportPdfResult> => {
    if (busy) return { status: 'error', message: EXPORT_MESSAGES.busy };
    busy = true;
    try {
      return await exportPdf(event, input, deps);
    } catch {
      return { status: 'error', message: EXPORT_MESSAGES.other };
    } finally {
      busy = false;
    }
  });
}
