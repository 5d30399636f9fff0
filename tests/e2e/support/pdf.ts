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

/**
 * How much of page 1 is printed on: the share of pixels darker than light grey, from a
 * greyscale render at 40 dpi (0 for a blank page).
 */
export function firstPageInk(pdf: Buffer): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    run('pdftoppm', ['-r', '40', '-gray', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    const image = fs.readdirSync(dir).find((name) => name.endsWith('.pgm'));
    if (!image) throw new Error('pdftoppm made no picture of page 1');
    const data = fs.readFileSync(path.join(dir, image));
    // Binary PGM: "P5", width, height, max value, then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('page 1 is not a greyscale picture');
    const pixels = data.subarray(header[0].length);
    let dark = 0;
    for (const value of pixels) if (value < 200) dark++;
    return dark / pixels.length;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
