import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EXPORT_MESSAGES,
  exportPdf,
  parseExportRequest,
  pdfOptions,
  safePdfFileName,
  saveErrorMessage,
  withPdfExtension,
  type PdfExportDeps,
} from './pdf-export';
import { START_URL } from './security';

describe('parseExportRequest', () => {
  it('accepts exactly what the page sends', () => {
    expect(parseExportRequest({ suggestedName: 'Session note.pdf', paperSize: 'a4' })).toEqual({
      suggestedName: 'Session note.pdf',
      paperSize: 'a4',
    });
  });

  it('refuses anything else', () => {
    for (const input of [
      null,
      'Session note.pdf',
      [],
      {},
      { suggestedName: 'x.pdf' },
      { suggestedName: 'x.pdf', paperSize: 'legal' },
      { suggestedName: 42, paperSize: 'letter' },
      { suggestedName: 'x'.repeat(201), paperSize: 'letter' },
      { suggestedName: 'x.pdf', paperSize: 'letter', path: '/etc/passwd' },
    ]) {
      expect(parseExportRequest(input), JSON.stringify(input)).toBeNull();
    }
  });
});

describe('safePdfFileName', () => {
  it('keeps an ordinary name and adds .pdf once', () => {
    expect(safePdfFileName('Session note - Ana Silva - 2026-11-21.pdf')).toBe(
      'Session note - Ana Silva - 2026-11-21.pdf',
    );
    expect(safePdfFileName('Session note - Zoë Ødegård - 2026-11-21')).toBe(
      'Session note - Zoë Ødegård - 2026-11-21.pdf',
    );
  });

  it('never lets a name climb out of the chosen folder or upset Windows', () => {
    expect(safePdfFileName('../../etc/passwd')).toBe('etc passwd.pdf');
    expect(safePdfFileName('C:\\Windows\\evil')).toBe('C Windows evil.pdf');
    expect(safePdfFileName('a<b>c:"d"|e?f*g\u0000h\nk')).toBe('a b c d e f g h k.pdf');
    expect(safePdfFileName('  ...  ')).toBe('Session note.pdf');
    expect(safePdfFileName('CON')).toBe('CON note.pdf');
    expect(safePdfFileName('x'.repeat(300))).toBe(`${'x'.repeat(120)}.pdf`);
  });

  it('drops the invisible direction controls, so a name cannot read backwards or hide its ending', () => {
    // "Ana \u202Efdp.exe" would show as "Ana exe.pdf" in a file list.
    expect(safePdfFileName('Session note - Ana \u202Efdp.exe - 2026-11-21.pdf')).toBe(
      'Session note - Ana fdp.exe - 2026-11-21.pdf',
    );
    const controls = '\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    expect(safePdfFileName(`Session note - ${controls}Ana${controls}.pdf`)).toBe('Session note - Ana.pdf');
    expect(safePdfFileName(controls)).toBe('Session note.pdf');
  });
});

describe('withPdfExtension', () => {
  it('adds .pdf only when it is missing', () => {
    expect(withPdfExtension('/home/ana/Note.pdf')).toBe('/home/ana/Note.pdf');
    expect(withPdfExtension('/home/ana/Note.PDF')).toBe('/home/ana/Note.PDF');
    expect(withPdfExtension('/home/ana/Note')).toBe('/home/ana/Note.pdf');
  });
});

describe('pdfOptions', () => {
  it('prints on the paper size of the settings, with backgrounds', () => {
    expect(pdfOptions('letter')).toMatchObject({ pageSize: 'Letter', printBackground: true });
    expect(pdfOptions('a4')).toMatchObject({ pageSize: 'A4', printBackground: true });
  });
});

describe('saveErrorMessage', () => {
  it('says when the disk is full, in plain words', () => {
    expect(saveErrorMessage(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' }))).toMatch(
      /disk is full/,
    );
    expect(saveErrorMessage({ code: 'EACCES' })).toBe(EXPORT_MESSAGES.denied);
    expect(saveErrorMessage({ code: 'EROFS' })).toBe(EXPORT_MESSAGES.readOnly);
    expect(saveErrorMessage(new Error('boom'))).toBe(EXPORT_MESSAGES.other);
    expect(saveErrorMessage(null)).toBe(EXPORT_MESSAGES.other);
  });
});

describe('exportPdf', () => {
  let dir: string;
  const window = { id: 1 } as never;
  const pdf = Buffer.from('%PDF-1.7 test');
  const top = { url: START_URL, parent: null };
  const sender = { printToPDF: async () => pdf };
  const request = { suggestedName: 'Session note - Ana Silva - 2026-11-21.pdf', paperSize: 'letter' };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-pdf-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const deps = (answer: { canceled: boolean; filePath?: string }, seen: unknown[] = []): PdfExportDeps => ({
    windowFor: (contents) => (contents === (sender as never) ? window : undefined),
    showSaveDialog: async (_win, options) => {
      seen.push(options);
      return answer;
    },
    documentsDir: () => dir,
  });

  it('offers the suggested name in Documents and writes the PDF where the therapist chose', async () => {
    const seen: { defaultPath?: string }[] = [];
    const file = path.join(dir, 'chosen.pdf');
    const result = await exportPdf(
      { sender: sender as never, senderFrame: top as never },
      request,
      deps({ canceled: false, filePath: file }, seen),
    );
    expect(result).toEqual({ status: 'saved', filePath: file });
    expect(seen[0]?.defaultPath).toBe(path.join(dir, 'Session note - Ana Silva - 2026-11-21.pdf'));
    expect(fs.readFileSync(file)).toEqual(pdf);
    expect(fs.readdirSync(dir)).toEqual(['chosen.pdf']); // no temporary file left behind
  });

  it('replaces a file the therapist chose to overwrite', async () => {
    const file = path.join(dir, 'old.pdf');
    fs.writeFileSync(file, 'old');
    const result = await exportPdf(
      { sender: sender as never, senderFrame: top as never },
      request,
      deps({ canceled: false, filePath: file }),
    );
    expect(result.status).toBe('saved');
    expect(fs.readFileSync(file)).toEqual(pdf);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const result = await exportPdf(
      { sender: sender as never, senderFrame: top as never },
      request,
      deps({ canceled: true, filePath: '' }),
    );
    expect(result).toEqual({ status: 'cancelled' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses other pages, frames and windows before asking anything', async () => {
    const seen: unknown[] = [];
    const d = deps({ canceled: false, filePath: path.join(dir, 'x.pdf') }, seen);
    const refused = { status: 'error', message: EXPORT_MESSAGES.refused };
    const frames = [{ url: 'https://example.com/', parent: null }, { url: START_URL, parent: top }, null];
    for (const senderFrame of frames) {
      expect(await exportPdf({ sender: sender as never, senderFrame: senderFrame as never }, request, d)).toEqual(
        refused,
      );
    }
    const stranger = { printToPDF: sender.printToPDF };
    expect(await exportPdf({ sender: stranger as never, senderFrame: top as never }, request, d)).toEqual(refused);
    expect(seen).toEqual([]);
  });

  it('refuses a malformed request', async () => {
    const result = await exportPdf(
      { sender: sender as never, senderFrame: top as never },
      { suggestedName: '/etc/passwd', paperSize: 'huge' },
      deps({ canceled: false, filePath: path.join(dir, 'x.pdf') }),
    );
    expect(result).toEqual({ status: 'error', message: EXPORT_MESSAGES.invalid });
  });

  it('explains a folder that cannot be written and leaves nothing behind', async () => {
    const result = await exportPdf(
      { sender: sender as never, senderFrame: top as never },
      request,
      deps({ canceled: false, filePath: path.join(dir, 'missing', 'x.pdf') }),
    );
    expect(result).toEqual({ status: 'error', message: EXPORT_MESSAGES.noFolder });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('explains a page that could not be printed', async () => {
    const broken = { printToPDF: async () => Promise.reject(new Error('renderer gone')) };
    const d: PdfExportDeps = {
      ...deps({ canceled: false, filePath: path.join(dir, 'x.pdf') }),
      windowFor: () => window,
    };
    const result = await exportPdf({ sender: broken as never, senderFrame: top as never }, request, d);
    expect(result).toEqual({ status: 'error', message: EXPORT_MESSAGES.render });
  });
});
