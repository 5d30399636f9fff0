/** Reads a PDF the way a person would check it: its text (pdftotext) and its first page as a picture. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const MISSING =
  'pdftotext and pdftoppm are needed to read PDFs in the tests: install poppler-utils (apt-get install poppler-utils).';

function run(tool: string, args: string[]): Buffer {
  try {
    return execFileSync(tool, args);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(MISSING, { cause: error });
    throw error;
  }
}

/** The PDF's text, in reading order, with whitespace runs made single spaces. */
export function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    return run('pdftotext', ['-layout', file, '-'])
      .toString('utf8')
      .replace(/[\s\u202f\u00a0]+/g, ' ');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Number of pages of a PDF (from pdftotext's form feeds). */
export function pdfPageCount(pdf: Buffer): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    return run('pdftotext', [file, '-'])
      .toString('utf8')
      .split('\f')
      .filter((p) => p.trim() !== '').length;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
