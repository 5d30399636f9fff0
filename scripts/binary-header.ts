/**
 * Which operating system and processor a compiled file is for, read from its first bytes: an
 * ELF header (Linux), a Mach-O header or fat/universal header (macOS) or a PE header (Windows).
 * Used to check that a package carries the database engine for its own OS and arch
 * (scripts/check-package.ts) and to learn the arch of the installed Electron binary
 * (scripts/prepare-electron-native.ts), which can differ from Node's under Rosetta.
 *
 * Architecture names are Node's (`process.arch`): x64, arm64, ia32, arm.
 * Formats, from the specifications:
 * - ELF: `\x7fELF`, e_ident[EI_CLASS] (1 = 32-bit, 2 = 64-bit), e_ident[EI_DATA] (1 = little
 *   endian, 2 = big), e_machine at offset 18: 3 = x86, 40 = ARM, 62 = x86-64, 183 = AArch64.
 * - Mach-O: magic 0xfeedface / 0xfeedfacf (either byte order), cputype at offset 4:
 *   7 = x86, 0x01000007 = x86-64, 12 = ARM, 0x0100000c = ARM64. Fat: 0xcafebabe (32-bit
 *   entries of 20 bytes) or 0xcafebabf (64-bit entries of 32 bytes), big endian, the number of
 *   architectures at offset 4 and each entry starting with its cputype.
 * - PE: `MZ`, the offset of `PE\0\0` at 0x3c, then the COFF Machine: 0x14c = i386,
 *   0x8664 = AMD64, 0xaa64 = ARM64, 0x1c4 = ARMNT.
 */
import fs from 'node:fs';

export type BinaryFormat = 'elf' | 'mach-o' | 'pe';

export interface BinaryInfo {
  format: BinaryFormat;
  /** The Node platform name the format belongs to. */
  platform: 'linux' | 'darwin' | 'win32';
  /** One arch, or several for a macOS universal (fat) file; `unknown (…)` for others. */
  archs: string[];
}

/** How many bytes of a file `describeBinary` needs in the usual case. */
export const HEADER_BYTES = 4096;

const ELF_MACHINES: Record<number, string> = { 3: 'ia32', 40: 'arm', 62: 'x64', 183: 'arm64' };
const MACHO_CPUS: Record<number, string> = { 7: 'ia32', 0x01000007: 'x64', 12: 'arm', 0x0100000c: 'arm64' };
const PE_MACHINES: Record<number, string> = { 0x14c: 'ia32', 0x8664: 'x64', 0xaa64: 'arm64', 0x1c4: 'arm' };
/** A fat header lists a handful of architectures; Java class files share the magic with a big count. */
const MAX_FAT_ARCHS = 16;

const hex = (n: number) => `0x${n.toString(16)}`;
const named = (table: Record<number, string>, code: number) => table[code] ?? `unknown (${hex(code)})`;

/**
 * What `bytes` (the start of a file) is compiled for, or undefined when it is none of the three
 * formats or is cut short (a PE header can lie past the first bytes: describeBinaryFile reads on).
 */
export function describeBinary(bytes: Uint8Array): BinaryInfo | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = bytes.byteLength;
  if (length < 4) return undefined;

  // ELF
  if (bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46) {
    if (length < 20) return undefined;
    const littleEndian = bytes[5] !== 2;
    const machine = view.getUint16(18, littleEndian);
    return { format: 'elf', platform: 'linux', archs: [named(ELF_MACHINES, machine)] };
  }

  // Mach-O, thin: the magic in the file's own byte order.
  const magicLE = view.getUint32(0, true);
  if (magicLE === 0xfeedface || magicLE === 0xfeedfacf || magicLE === 0xcefaedfe || magicLE === 0xcffaedfe) {
    if (length < 8) return undefined;
    const littleEndian = magicLE === 0xfeedface || magicLE === 0xfeedfacf;
    return { format: 'mach-o', platform: 'darwin', archs: [named(MACHO_CPUS, view.getUint32(4, littleEndian))] };
  }

  // Mach-O, fat (universal): always big endian.
  const magicBE = view.getUint32(0, false);
  if ((magicBE === 0xcafebabe || magicBE === 0xcafebabf) && length >= 8) {
    const count = view.getUint32(4, false);
    const entrySize = magicBE === 0xcafebabe ? 20 : 32;
    if (count < 1 || count > MAX_FAT_ARCHS || length < 8 + count * entrySize) return undefined;
    const archs: string[] = [];
    for (let i = 0; i < count; i++) archs.push(named(MACHO_CPUS, view.getUint32(8 + i * entrySize, false)));
    return { format: 'mach-o', platform: 'darwin', archs };
  }

  // PE
  if (bytes[0] === 0x4d && bytes[1] === 0x5a) {
    const at = peHeaderAt(bytes);
    if (at === undefined || length < at + 6) return undefined;
    if (view.getUint32(at, false) !== 0x50450000) return undefined; // "PE\0\0"
    return { format: 'pe', platform: 'win32', archs: [named(PE_MACHINES, view.getUint16(at + 4, true))] };
  }
  return undefined;
}

/** Where an MZ file's `PE\0\0` signature should be (e_lfanew), or undefined if `bytes` is too short. */
export function peHeaderAt(bytes: Uint8Array): number | undefined {
  if (bytes.byteLength < 0x40) return undefined;
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0x3c, true);
}

/** Reads the start of `file` (more when its PE header lies further in) and describes it. */
export function describeBinaryFile(file: string): BinaryInfo | undefined {
  const fd = fs.openSync(file, 'r');
  try {
    const read = (size: number) => {
      const buffer = Buffer.alloc(size);
      const got = fs.readSync(fd, buffer, 0, size, 0);
      return buffer.subarray(0, got);
    };
    let head = read(HEADER_BYTES);
    const at = head[0] === 0x4d && head[1] === 0x5a ? peHeaderAt(head) : undefined;
    // e_lfanew is small in practice; a huge value means this is not a PE file.
    if (at !== undefined && at + 6 > head.byteLength && at < 1 << 20) head = read(at + 6);
    return describeBinary(head);
  } finally {
    fs.closeSync(fd);
  }
}

const PLATFORM_NAMES: Record<string, string> = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };

/** "Linux", "macOS", "Windows" (or the name itself). */
export function platformName(platform: string): string {
  return PLATFORM_NAMES[platform] ?? platform;
}

/** "macOS arm64", or "Linux x64 and arm64". */
export function describeTarget(platform: string, archs: readonly string[]): string {
  return `${platformName(platform)} ${archs.join(' and ')}`;
}

/**
 * Undefined when `info` can run on `platform`/`arch` (a universal file qualifies when it holds
 * that arch); otherwise what it is instead, in words ("a Linux x64 file", "not a compiled program").
 */
export function binaryMismatch(info: BinaryInfo | undefined, platform: string, arch: string): string | undefined {
  if (!info) return 'not a compiled program for any of Linux, macOS or Windows';
  if (info.platform === platform && info.archs.includes(arch)) return undefined;
  return `a ${describeTarget(info.platform, info.archs)} file`;
}

/**
 * The arch of an installed program, read from its header; undefined when the file is absent or
 * unreadable. A universal file gives `preferred` when it holds it (the arch the OS runs natively
 * is not knowable from the file), else its first arch.
 */
export function programArch(file: string, preferred: string = process.arch): string | undefined {
  let info: BinaryInfo | undefined;
  try {
    info = describeBinaryFile(file);
  } catch {
    return undefined;
  }
  if (!info) return undefined;
  const known = info.archs.filter((a) => !a.startsWith('unknown'));
  if (known.includes(preferred)) return preferred;
  return known[0];
}
