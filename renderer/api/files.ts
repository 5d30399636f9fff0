/**
 * Exporting and importing a whole practice as files, never as one giant body: in the desktop app
 * main asks where, writes or reads the file and sends progress (window.knotbook.exportToFile /
 * importFromFile); in a browser (`npm run serve`) the export comes as a download from
 * `GET /api/export` (its progress asked of `/api/export/progress` meanwhile) and an import is
 * sent as the file itself to `POST /api/import`. Both throw an ApiError whose message is written
 * for the therapist.
 */
import type { ImportReport } from '../../db/api/contract';
import type { ExportFileProgress } from '../../db/api/bridge';
import { ApiError } from './client';
import { UNREACHABLE_MESSAGE, toEnvelope } from './envelope';
import { tokenFromUrl } from './transport';

export type { ExportFileProgress };

/** How often a browser asks how far the export has come. */
const PROGRESS_EVERY_MS = 400;

export interface SavedExport {
  fileName: string;
}

function fail(message: string): never {
  throw new ApiError('internal', message);
}

/** The name in `Content-Disposition` (its UTF-8 form when given), else `fallback`. */
export function attachmentName(header: string | null, fallback: string): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  if (utf8) {
    try {
      return decodeURIComponent(utf8);
    } catch {
      // Fall through to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(header ?? '')?.[1] ?? fallback;
}

/** Hands a file made in the page to the browser's download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A refusal's envelope as an ApiError, or the plain "could not reach" one. */
async function refusal(response: Response): Promise<never> {
  const envelope = toEnvelope(await response.json().catch(() => null));
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
  return fail(UNREACHABLE_MESSAGE);
}

async function downloadExport(
  format: 'json' | 'csv',
  onProgress: (progress: ExportFileProgress) => void,
): Promise<SavedExport> {
  const headers = { Authorization: `Bearer ${tokenFromUrl(window.location.href)}` };
  const asked = fetch(`/api/export?format=${format}`, { headers, cache: 'no-store', credentials: 'omit' });
  let answered = false;
  const poll = async () => {
    while (!answered) {
      await new Promise((resolve) => setTimeout(resolve, PROGRESS_EVERY_MS));
      if (answered) return;
      const reply = await fetch('/api/export/progress', { headers, cache: 'no-store', credentials: 'omit' })
        .then((r) => r.json())
        .catch(() => null);
      const envelope = toEnvelope(reply);
      if (!answered && envelope.ok && envelope.value) onProgress(envelope.value as ExportFileProgress);
    }
  };
  void poll();
  let response: Response;
  try {
    response = await asked;
  } catch {
    return fail(UNREACHABLE_MESSAGE);
  } finally {
    answered = true;
  }
  if (!response.ok) return refusal(response);
  const fileName = attachmentName(response.headers.get('content-disposition'), `knotbook-everything.${format}`);
  saveBlob(await response.blob(), fileName);
  return { fileName };
}

/**
 * Exports everything as JSON or CSV files in a zip: resolves to the file's name, or null when
 * the therapist cancelled the save dialog.
 */
export async function exportEverything(
  format: 'json' | 'csv',
  onProgress: (progress: ExportFileProgress) => void,
): Promise<SavedExport | null> {
  const bridge = window.knotbook;
  if (!bridge?.exportToFile) return downloadExport(format, onProgress);
  let result;
  try {
    result = await bridge.exportToFile({ format }, onProgress);
  } catch {
    return fail(UNREACHABLE_MESSAGE);
  }
  if (result.status === 'error') return fail(result.message);
  return result.status === 'saved' ? { fileName: result.fileName } : null;
}

/** True in the desktop app, where main asks for the file to import (the page shows a button). */
export function importsThroughDialog(): boolean {
  return typeof window.knotbook?.importFromFile === 'function';
}

/**
 * Imports a Knotbook JSON export: in the desktop app the file main asks for (`file` unused;
 * `settings: 'replace'` takes the same file again), in a browser `file` sent as it is. Resolves
 * to the report, or null when the therapist cancelled.
 */
export async function importExport(
  file: File | null,
  settings: 'keep' | 'replace',
): Promise<{ fileName: string; report: ImportReport } | null> {
  const bridge = window.knotbook;
  if (bridge?.importFromFile) {
    let result;
    try {
      result = await bridge.importFromFile({ settings, sameFile: settings === 'replace' });
    } catch {
      return fail(UNREACHABLE_MESSAGE);
    }
    if (result.status === 'error') return fail(result.message);
    return result.status === 'imported' ? { fileName: result.fileName, report: result.report } : null;
  }
  if (!file) return null;
  let response: Response;
  try {
    response = await fetch(`/api/import?settings=${settings}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokenFromUrl(window.location.href)}`, 'Content-Type': 'application/json' },
      body: file,
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    return fail(UNREACHABLE_MESSAGE);
  }
  if (!response.ok) return refusal(response);
  const envelope = toEnvelope(await response.json().catch(() => null));
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
  return { fileName: file.name, report: envelope.value as ImportReport };
}
