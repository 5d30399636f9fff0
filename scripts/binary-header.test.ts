import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { binaryMismatch, describeBinary, describeBinaryFile, programArch } from './binary-header';
import { elfHeader, fatHeader, machoHeader, peHeader } from './testing/binary-headers';

describe('describeBinary', () => {
  it('reads ELF files for each Linux arch', () => {
    expect(describeBinary(elfHeader('x64'))).toEqual({ format: 'elf', platform: 'linux', archs: ['x64'] });
    expect(describeBinary(elfHeader('arm64'))?.archs).toEqual(['arm64']);
    expect(describeBinary(elfHeader('ia32'))?.archs).toEqual(['ia32']);
    expect(describeBinary(elfHeader('arm'))?.archs).toEqual(['arm']);
  });

  it('honours a big-endian ELF header', () => {
    expect(describeBinary(elfHeader('arm64', { bigEndian: true }))?.archs).toEqual(['arm64']);
  });

  it('reads thin Mach-O files in both byte orders', () => {
    expect(describeBinary(machoHeader('arm64'))).toEqual({ format: 'mach-o', platform: 'darwin', archs: ['arm64'] });
    expect(describeBinary(machoHeader('x64'))?.archs).toEqual(['x64']);
    expect(describeBinary(machoHeader('x64', { bigEndian: true }))?.archs).toEqual(['x64']);
  });

  it('lists every arch of a universal (fat) Mach-O file, 32- and 64-bit fat headers', () => {
    expect(describeBinary(fatHeader(['x64', 'arm64']))).toEqual({
      format: 'mach-o',
      platform: 'darwin',
      archs: ['x64', 'arm64'],
    });
    expect(describeBinary(fatHeader(['arm64', 'x64'], { wide: true }))?.archs).toEqual(['arm64', 'x64']);
  });

  it('reads PE files for each Windows arch', () => {
    expect(describeBinary(peHeader('x64'))).toEqual({ format: 'pe', platform: 'win32', archs: ['x64'] });
    expect(describeBinary(peHeader('arm64'))?.archs).toEqual(['arm64']);
    expect(describeBinary(peHeader('ia32'))?.archs).toEqual(['ia32']);
  });

  it('names a machine it does not know instead of guessing', () => {
    const riscv = elfHeader('x64');
    riscv.writeUInt16LE(243, 18);
    expect(describeBinary(riscv)?.archs).toEqual(['unknown (0xf3)']);
  });

  it('refuses what is not a compiled file, or is cut short', () => {
    expect(describeBinary(Buffer.from('#!/bin/sh\necho hi\n'))).toBeUndefined();
    expect(describeBinary(Buffer.alloc(0))).toBeUndefined();
    expect(describeBinary(elfHeader('x64').subarray(0, 10))).toBeUndefined();
    // MZ without the PE signature (a DOS program), and a Java class file (same magic as fat Mach-O).
    const dos = peHeader('x64');
    dos.write('XX', 0x80);
    expect(describeBinary(dos)).toBeUndefined();
    expect(describeBinary(Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x41]))).toBeUndefined();
  });
});

describe('binaryMismatch', () => {
  it('accepts the right OS and arch, and a universal file that holds the arch', () => {
    expect(binaryMismatch(describeBinary(elfHeader('x64')), 'linux', 'x64')).toBeUndefined();
    expect(binaryMismatch(describeBinary(fatHeader(['x64', 'arm64'])), 'darwin', 'arm64')).toBeUndefined();
  });

  it('says in words what the file is instead', () => {
    expect(binaryMismatch(describeBinary(elfHeader('x64')), 'linux', 'arm64')).toBe('a Linux x64 file');
    expect(binaryMismatch(describeBinary(machoHeader('x64')), 'darwin', 'arm64')).toBe('a macOS x64 file');
    expect(binaryMismatch(describeBinary(elfHeader('x64')), 'win32', 'x64')).toBe('a Linux x64 file');
    expect(binaryMismatch(describeBinary(fatHeader(['x64', 'arm64'])), 'linux', 'x64')).toBe(
      'a macOS x64 and arm64 file',
    );
    expect(binaryMismatch(undefined, 'linux', 'x64')).toBe('not a compiled program for any of Linux, macOS or Windows');
  });
});

describe('describeBinaryFile and programArch', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-header-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads a PE header that lies beyond the first 4 KiB', () => {
    const file = path.join(dir, 'far.exe');
    fs.writeFileSync(file, peHeader('arm64', { peOffset: 10_000 }));
    expect(describeBinaryFile(file)?.archs).toEqual(['arm64']);
  });

  it("gives a program's arch, preferring the host's in a universal file", () => {
    const thin = path.join(dir, 'Electron');
    fs.writeFileSync(thin, Buffer.concat([machoHeader('arm64'), Buffer.alloc(8192)]));
    expect(programArch(thin, 'x64')).toBe('arm64');

    const fat = path.join(dir, 'Universal');
    fs.writeFileSync(fat, fatHeader(['x64', 'arm64']));
    expect(programArch(fat, 'arm64')).toBe('arm64');
    expect(programArch(fat, 'ia32')).toBe('x64');
  });

  it('gives undefined for a missing or unreadable program', () => {
    expect(programArch(path.join(dir, 'absent'))).toBeUndefined();
    const text = path.join(dir, 'script');
    fs.writeFileSync(text, '#!/bin/sh\n');
    expect(programArch(text)).toBeUndefined();
  });
});
