import { describe, it, expect } from 'vitest';
import { ACCEPTED, blockingFindings, formatFinding, type Finding } from './check-electron-security';

const finding = (overrides: Partial<Finding>): Finding => ({
  id: 'SANDBOX_JS_CHECK',
  file: 'electron/window.ts',
  line: 24,
  severity: 'MEDIUM',
  description: 'Use sandbox for untrusted origins',
  ...overrides,
});

describe('blockingFindings', () => {
  it('keeps HIGH and MEDIUM findings, drops LOW and INFORMATIONAL', () => {
    const findings = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((severity) => finding({ severity }));
    expect(blockingFindings(findings).map((f) => f.severity)).toEqual(['HIGH', 'MEDIUM']);
  });

  it('accepts a reviewed false positive only in the file it was reviewed for', () => {
    const preload = finding({ id: 'PRELOAD_JS_CHECK' });
    expect(blockingFindings([preload])).toEqual([]);
    const elsewhere = finding({ id: 'PRELOAD_JS_CHECK', file: 'electron/other-window.ts' });
    expect(blockingFindings([elsewhere])).toEqual([elsewhere]);
  });

  it('gives every accepted finding a reason', () => {
    for (const a of ACCEPTED) expect(a.reason.length).toBeGreaterThan(40);
  });
});

describe('formatFinding', () => {
  it('reads file:line, check id, severity and description', () => {
    expect(formatFinding(finding({}))).toBe(
      'electron/window.ts:24 SANDBOX_JS_CHECK (MEDIUM): Use sandbox for untrusted origins',
    );
  });
});
