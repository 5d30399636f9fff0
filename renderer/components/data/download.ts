/** Saves an export from the page: the browser's download, or the desktop app's save dialog. */
import { strToU8, zipSync } from 'fflate';
import type { ExportedFile } from '../../../db/api/contract';

/** The CSV files of an export in one zip (fflate: small, well-kept, no dependencies). */
function zipped(files: { name: string; text: string }[]): Uint8Array<ArrayBuffer> {
  const zip = zipSync(Object.fromEntries(files.map((file) => [file.name, strToU8(file.text)])));
  return new Uint8Array(zip);
}

export function downloadExport(file: ExportedFile): void {
  const blob =
    file.kind === 'json'
      ? new Blob([file.text], { type: 'application/json' })
      : new Blob([zipped(file.files)], { type: 'application/zip' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
