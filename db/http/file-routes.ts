/**
 * The loopback adapter's file routes (`npm run serve`), so a whole practice never travels as one
 * request or reply body:
 *
 *   GET  /api/export?format=json|csv         writes the export of everything to a temporary file
 *                                            in the backups folder (a name the start-up cleaning
 *                                            knows), streams it back as a download, then removes it
 *   GET  /api/export/progress                how far the export under way has come, or null
 *   POST /api/import?settings=keep|replace   the file itself as the body, written to a temporary
 *                                            file in the backups folder, imported, then removed
 *
 * server.ts checks the token, Host and Origin before calling these. Nothing here logs a body.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Envelope, ErrorCode } from '../api/contract';
import { exportToFile, importFromFile, refuseWhileBusyOrLocked, suggestedExportName } from '../api/data';
import type { ApiContext } from '../api/handlers';
import { defaultBackupFolder } from '../backup';
import { randomSuffix, removeQuietly } from '../backup/files';
import { tempPathFor } from '../backup/names';
import { AppError } from '../errors';
import type { ExportProgress } from '../export';
import { trackExport } from '../host';

export type SendJson = (res: http.ServerResponse, envelope: Envelope<unknown>, status?: number) => void;

/** The largest file taken for import: more than the import can read at once anyway. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

const BUSY = 'An export is already being made. Wait for it to finish, then try again.';
const NOT_SAVED = 'The export could not be made. Check that the disk has room, then try again.';
const NOT_IMPORTED = 'The file could not be imported. Nothing was imported; try again.';

function failure(error: unknown, fallback: string): { code: ErrorCode; message: string } {
  return error instanceof AppError
    ? { code: error.code, message: error.message }
    : { code: 'internal', message: fallback };
}

/** `attachment; filename="…"`, with the name also in UTF-8 (RFC 6266) for names beyond ASCII. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function fileRoutes(ctx: ApiContext, sendJson: SendJson, clock: () => Date = () => new Date()) {
  /** The export under way (one at a time here): how far it has come. */
  let progress: ExportProgress | null = null;
  const refuse = (res: http.ServerResponse, error: unknown, fallback: string, status?: number) =>
    sendJson(res, { ok: false, error: failure(error, fallback) }, status);
  const tempFile = (name: string) => {
    const folder = defaultBackupFolder(ctx.databasePath);
    fs.mkdirSync(folder, { recursive: true });
    return tempPathFor(path.join(folder, `knotbook-${name}`), randomSuffix());
  };

  async function exportDownload(res: http.ServerResponse, url: URL): Promise<void> {
    const format = url.searchParams.get('format');
    if (format !== 'json' && format !== 'csv') {
      return refuse(res, new AppError('invalid_input', 'Say which format to export: JSON or CSV.'), NOT_SAVED);
    }
    if (progress) return refuse(res, new AppError('conflict', BUSY), NOT_SAVED);
    progress = { rows: 0, totalRows: 0 };
    // A reader who goes away before the file is ready stops the export.
    const gone = new AbortController();
    res.on('close', () => gone.abort());
    let temp: string | undefined;
    try {
      refuseWhileBusyOrLocked(ctx);
      const now = clock();
      const name = suggestedExportName(ctx, { format }, now);
      temp = tempFile(`export-${name}`);
      const file = temp;
      const summary = await trackExport(ctx, (signal) =>
        exportToFile(ctx, file, {
          format,
          now,
          signal: AbortSignal.any([signal, gone.signal]),
          onProgress: (reached) => (progress = reached),
        }),
      );
      progress = null;
      res.writeHead(200, {
        'Content-Type': format === 'json' ? 'application/json' : 'application/zip',
        'Content-Length': summary.bytes,
        'Content-Disposition': attachment(name),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      // A reader who goes away meanwhile cuts the download short; the file is removed either way.
      await pipeline(fs.createReadStream(file), res).catch(() => undefined);
    } catch (error) {
      refuse(res, error, NOT_SAVED);
    } finally {
      progress = null;
      if (temp) removeQuietly(temp);
    }
  }

  function exportProgress(res: http.ServerResponse): void {
    sendJson(res, { ok: true, value: progress });
  }

  async function importUpload(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const settings = url.searchParams.get('settings') ?? 'keep';
    if (settings !== 'keep' && settings !== 'replace') {
      return refuse(res, new AppError('invalid_input', 'Say whether to keep or replace the settings.'), NOT_IMPORTED);
    }
    if (Number(req.headers['content-length']) > MAX_IMPORT_BYTES) {
      res.setHeader('Connection', 'close');
      return refuse(res, new AppError('invalid_input', 'That file is too large to import.'), NOT_IMPORTED, 413);
    }
    let temp: string | undefined;
    try {
      refuseWhileBusyOrLocked(ctx);
      temp = tempFile('import.json');
      let bytes = 0;
      const counted = async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          bytes += chunk.length;
          if (bytes > MAX_IMPORT_BYTES) throw new AppError('invalid_input', 'That file is too large to import.');
          yield chunk;
        }
      };
      await pipeline(req, counted, fs.createWriteStream(temp, { flags: 'wx' }));
      sendJson(res, { ok: true, value: await importFromFile(ctx, temp, settings) });
    } catch (error) {
      if (!(error instanceof AppError) && !req.complete) {
        return refuse(
          res,
          new AppError('invalid_input', 'The file was cut short. Nothing was imported.'),
          NOT_IMPORTED,
        );
      }
      refuse(res, error, NOT_IMPORTED);
    } finally {
      if (temp) removeQuietly(temp);
    }
  }

  return { exportDownload, exportProgress, importUpload };
}
