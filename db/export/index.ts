/**
 * Export and import of Knotbook's records (docs/EXPORT-FORMAT.md): one client's whole record or
 * everything, as a versioned JSON file Knotbook can import back, and as CSV files for people.
 */
export { exportCsv, tableCsv } from './csv';
export { writeExportCsvZip } from './csv-stream';
export { exportAll, exportClient, toJsonText } from './export';
export type { ExportFileOptions, ExportFileSummary, ExportProgress } from './export-file';
export { writeExportJson } from './export-stream';
export {
  COLUMNS,
  EXPORT_FORMAT,
  exportSchema,
  FORMAT_VERSION,
  JSON_COLUMNS,
  TABLE_NAMES,
  type ExportRow,
  type ExportScope,
  type ExportTables,
  type KnotbookExport,
  type TableName,
} from './format';
export { importJson, type ImportReport, type TableCounts } from './import';
