import { describe, expect, it } from 'vitest';
import type { ExportPdfRequest, ExportPdfResult } from '../../../db/api/bridge';
import { EXPORT_FAILED, desktopPdfExporter, runPdfExport } from './pdf-export';
import { pageRule } from './usePrintedPage';

const request: ExportPdfRequest = { suggestedName: 'Session note - Ana Silva - 2026-11-21.pdf', paperSize: 'a4' };

describe('desktopPdfExporter', () => {
  it('uses the desktop bridge when the preload offers Export PDF', async () => {
    const asked: ExportPdfRequest[] = [];
    const exportPdf = async (r: ExportPdfRequest): Promise<ExportPdfResult> => {
      asked.push(r);
      return { status: 'cancelled' };
    };
    const exporter = desktopPdfExporter({ knotbook: { call: async () => ({ ok: true, value: null }), exportPdf } });
    expect(exporter).not.toBeNull();
    await exporter?.(request);
    expect(asked).toEqual([request]);
  });

  it('is absent in a browser, where the print dialog saves the PDF', () => {
    expect(desktopPdfExporter({ knotbook: undefined })).toBeNull();
    expect(desktopPdfExporter({ knotbook: { call: async () => ({ ok: true, value: null }) } })).toBeNull();
  });
});

describe('runPdfExport', () => {
  it('passes on what the desktop app answered', async () => {
    const saved = await runPdfExport(async () => ({ status: 'saved', filePath: '/Documents/note.pdf' }), request);
    expect(saved).toEqual({ status: 'saved', filePath: '/Documents/note.pdf' });
    const full = await runPdfExport(async () => ({ status: 'error', message: 'The disk is full.' }), request);
    expect(full).toEqual({ status: 'error', message: 'The disk is full.' });
  });

  it('turns a broken channel or a strange answer into a plain message', async () => {
    expect(await runPdfExport(() => Promise.reject(new Error('IPC closed')), request)).toEqual({
      status: 'error',
      message: EXPORT_FAILED,
    });
    const odd = (async () => ({ status: 'maybe' })) as unknown as () => Promise<ExportPdfResult>;
    expect(await runPdfExport(odd, request)).toEqual({ status: 'error', message: EXPORT_FAILED });
  });
});

describe('pageRule', () => {
  it('prints on the paper size from the settings', () => {
    expect(pageRule('letter')).toBe('@page { size: letter portrait; margin: 0.6in; }');
    expect(pageRule('a4')).toBe('@page { size: A4 portrait; margin: 0.6in; }');
  });
});
