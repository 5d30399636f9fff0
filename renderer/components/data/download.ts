/** Saves an export held in the page (one client's record) through the browser's download. */
import { strToU8, zipSync } from 'fflate';
import type { ExportedFile } from '../../../db/api/contract';
import { saveBlob } from '../../api/files';

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
  saveBlob(blob, file.fileName);
}
