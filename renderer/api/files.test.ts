import { describe, expect, it } from 'vitest';
import { progressWords } from '../components/data/ExportProgress';
import { attachmentName } from './files';

describe('export files in the page', () => {
  it('reads the download name from Content-Disposition, its UTF-8 form first', () => {
    expect(attachmentName('attachment; filename="knotbook-everything-2026-11-21.json"', 'x.json')).toBe(
      'knotbook-everything-2026-11-21.json',
    );
    expect(attachmentName(`attachment; filename="caf_.json"; filename*=UTF-8''caf%C3%A9.json`, 'x.json')).toBe(
      'café.json',
    );
    expect(attachmentName(`attachment; filename="a.json"; filename*=UTF-8''%E0%A4%A`, 'x.json')).toBe('a.json');
    expect(attachmentName(null, 'x.json')).toBe('x.json');
  });

  it('says how far an export has come in words', () => {
    expect(progressWords(null)).toBe('Starting the export…');
    expect(progressWords({ rows: 0, totalRows: 0 })).toBe('Starting the export…');
    expect(progressWords({ rows: 1234567, totalRows: 2345678 })).toBe('Exported 1,234,567 of 2,345,678 records…');
  });
});
