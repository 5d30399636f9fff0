/**
 * What the Electron preload exposes and the channels it uses. Kept apart from contract.ts (which
 * re-exports it) so the preload bundle stays tiny: this file has no runtime imports.
 * BRIDGE_FUNCTIONS is the one list of what `window.knotbook` holds: the preload's object is
 * checked against it by the compiler, and the tests and the Electron security scan's reasons
 * are made from it.
 */
import type { Envelope, ImportReport, PaperSize } from './contract';

/** What the page asks for when it exports the open session note as a PDF. */
export interface ExportPdfRequest {
  /** The file name offered in the save dialog, e.g. "Session note - Ana Silva - 2026-11-21.pdf". */
  suggestedName: string;
  paperSize: PaperSize;
}

/** How an export ended; `message` is written for the therapist. */
export type ExportPdfResult =
  { status: 'saved'; filePath: string } | { status: 'cancelled' } | { status: 'error'; message: string };

/** How saving a backup to a file the therapist chose ended. */
export type SaveBackupResult =
  { status: 'saved'; filePath: string } | { status: 'cancelled' } | { status: 'error'; message: string };

/**
 * How choosing a backup file to restore ended: when chosen, it has been copied into the backups
 * folder under `name`, where the page restores it like any other backup.
 */
export type ChooseBackupResult =
  { status: 'chosen'; name: string } | { status: 'cancelled' } | { status: 'error'; message: string };

/** What the page asks for when it exports to a file: everything, or one client's record. */
export interface ExportToFileRequest {
  format: 'json' | 'csv';
  /** One client's record; everything when absent. */
  clientId?: string | undefined;
}

/** How far an export to a file has come: records written of all it holds. */
export interface ExportFileProgress {
  rows: number;
  totalRows: number;
}

/** How an export to a file ended: only the file's name and counts come back, never its path. */
export type ExportToFileResult =
  | { status: 'saved'; fileName: string; rows: number; bytes: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/**
 * What the page asks for when it imports a Knotbook JSON export: the settings choice, and
 * `sameFile` to import the file chosen last time again (after choosing about its settings).
 */
export interface ImportFromFileRequest {
  settings?: 'keep' | 'replace' | undefined;
  sameFile?: boolean | undefined;
}

/** How an import from a file ended. */
export type ImportFromFileResult =
  | { status: 'imported'; fileName: string; report: ImportReport }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/**
 * The one object the Electron preload exposes on `window.knotbook`. Its members are exactly
 * BRIDGE_FUNCTIONS (checked below).
 */
export interface KnotbookBridge {
  call: (op: string, input: unknown) => Promise<Envelope<unknown>>;
  /**
   * Asks where to save, prints the page as it prints on paper to a PDF and writes the file.
   * Desktop only: absent in a plain browser (and in test stand-ins of the bridge).
   */
  exportPdf?: (request: ExportPdfRequest) => Promise<ExportPdfResult>;
  /** Asks where to save, then writes a checked backup there. Desktop only. */
  saveBackupAs?: () => Promise<SaveBackupResult>;
  /** Asks for a backup file and copies it into the backups folder. Desktop only. */
  chooseBackupFile?: () => Promise<ChooseBackupResult>;
  /**
   * Asks where to save, then writes the export there from main (the page never holds it),
   * calling `onProgress` as it goes. Desktop only.
   */
  exportToFile?: (
    request: ExportToFileRequest,
    onProgress?: (progress: ExportFileProgress) => void,
  ) => Promise<ExportToFileResult>;
  /** Asks for a Knotbook JSON export (or takes the last one again) and imports it in main. Desktop only. */
  importFromFile?: (request: ImportFromFileRequest) => Promise<ImportFromFileResult>;
}

/** Every function on `window.knotbook`, in the preload's order. */
export const BRIDGE_FUNCTIONS = [
  'call',
  'exportPdf',
  'saveBackupAs',
  'chooseBackupFile',
  'exportToFile',
  'importFromFile',
] as const;

export type BridgeFunction = (typeof BRIDGE_FUNCTIONS)[number];

/**
 * What the preload's object must be: every function of BRIDGE_FUNCTIONS, with its KnotbookBridge
 * signature, and nothing else (`satisfies` refuses a missing, extra or mistyped member).
 */
export type PreloadBridge = { [K in BridgeFunction]-?: NonNullable<KnotbookBridge[K]> };

/** Compiles only while KnotbookBridge's members and BRIDGE_FUNCTIONS are the same names. */
export type BridgeFunctionsMatchTheInterface = Assert<SameKeys<keyof KnotbookBridge, BridgeFunction>>;
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** The single IPC channel of the API. */
export const IPC_CHANNEL = 'knotbook:api';

/** The channel of `exportPdf`. */
export const EXPORT_PDF_CHANNEL = 'knotbook:export-pdf';

/** The channels of `saveBackupAs` and `chooseBackupFile`. */
export const SAVE_BACKUP_CHANNEL = 'knotbook:save-backup-as';
export const CHOOSE_BACKUP_CHANNEL = 'knotbook:choose-backup-file';

/**
 * The channels of `exportToFile` and `importFromFile`; main sends an export's progress to the
 * page that asked on EXPORT_PROGRESS_CHANNEL while the export runs.
 */
export const EXPORT_TO_FILE_CHANNEL = 'knotbook:export-to-file';
export const EXPORT_PROGRESS_CHANNEL = 'knotbook:export-progress';
export const IMPORT_FROM_FILE_CHANNEL = 'knotbook:import-from-file';
