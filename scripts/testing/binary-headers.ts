/**
 * Small synthetic headers of compiled files (ELF, Mach-O, fat Mach-O, PE) for the tests of
 * scripts/binary-header.ts and scripts/check-package.ts: only the fields those read are set.
 */

const ELF_MACHINE: Record<string, number> = { ia32: 3, arm: 40, x64: 62, arm64: 183 };
const MACHO_CPU: Record<string, number> = { ia32: 7, x64: 0x01000007, arm: 12, arm64: 0x0100000c };
const PE_MACHINE: Record<string, number> = { ia32: 0x14c, x64: 0x8664, arm64: 0xaa64 };

function code(table: Record<string, number>, arch: string): number {
  const value = table[arch];
  if (value === undefined) throw new Error(`no test header for ${arch}`);
  return value;
}

/** A 64-byte ELF header of a shared object for `arch`. */
export function elfHeader(arch: string, options: { bigEndian?: boolean } = {}): Buffer {
  const b = Buffer.alloc(64);
  b.write('\x7fELF', 0, 'latin1');
  b[4] = arch === 'ia32' || arch === 'arm' ? 1 : 2; // EI_CLASS
  b[5] = options.bigEndian ? 2 : 1; // EI_DATA
  b[6] = 1; // EI_VERSION
  if (options.bigEndian) {
    b.writeUInt16BE(3, 16); // ET_DYN
    b.writeUInt16BE(code(ELF_MACHINE, arch), 18);
  } else {
    b.writeUInt16LE(3, 16);
    b.writeUInt16LE(code(ELF_MACHINE, arch), 18);
  }
  return b;
}

/** A 32-byte thin Mach-O header of a bundle (what a .node file is) for `arch`. */
export function machoHeader(arch: string, options: { bigEndian?: boolean } = {}): Buffer {
  const b = Buffer.alloc(32);
  const write = (value: number, offset: number) =>
    options.bigEndian ? b.writeUInt32BE(value, offset) : b.writeUInt32LE(value, offset);
  write(arch === 'ia32' || arch === 'arm' ? 0xfeedface : 0xfeedfacf, 0);
  write(code(MACHO_CPU, arch), 4);
  write(8, 12); // MH_BUNDLE
  return b;
}

/** A fat (universal) Mach-O header listing `archs`; `wide` uses the 64-bit fat format. */
export function fatHeader(archs: string[], options: { wide?: boolean } = {}): Buffer {
  const entrySize = options.wide ? 32 : 20;
  const b = Buffer.alloc(8 + archs.length * entrySize);
  b.writeUInt32BE(options.wide ? 0xcafebabf : 0xcafebabe, 0);
  b.writeUInt32BE(archs.length, 4);
  archs.forEach((arch, i) => b.writeUInt32BE(code(MACHO_CPU, arch), 8 + i * entrySize));
  return b;
}

/** A PE (DLL) header for `arch`, its signature at `peOffset` (default 0x80). */
export function peHeader(arch: string, options: { peOffset?: number } = {}): Buffer {
  const at = options.peOffset ?? 0x80;
  const b = Buffer.alloc(at + 24);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(at, 0x3c);
  b.write('PE\0\0', at, 'latin1');
  b.writeUInt16LE(code(PE_MACHINE, arch), at + 4);
  b.writeUInt16LE(0x2000, at + 22); // IMAGE_FILE_DLL
  return b;
}

/** A header for `arch` in the format of `platform` (linux, darwin or win32). */
export function headerFor(platform: string, arch: string): Buffer {
  if (platform === 'linux') return elfHeader(arch);
  if (platform === 'darwin') return machoHeader(arch);
  if (platform === 'win32') return peHeader(arch);
  throw new Error(`no test header for ${platform}`);
}
