import { describe, it, expect } from 'vitest';
import { BRIDGE_FUNCTIONS } from '../db/api/bridge';
import { ACCEPTED, PRELOAD_REVIEW, blockingFindings, formatFinding, type Finding } from './check-electron-security';

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

  it("reviews the preload as it is: the bridge's own list of functions", () => {
    expect(PRELOAD_REVIEW).toContain(`exposes ${BRIDGE_FUNCTIONS.length} functions: ${BRIDGE_FUNCTIONS.join(', ')} (`);
  });
});

describe('formatFinding', () => {
  it('reads file:line, check id, severity and description', () => {
    expect(formatFinding(finding({}))).toBe(
      'electron/window.ts:24 SANDBOX_JS_CHECK (MEDIUM): Use sandbox for untrusted origins',
    );
  });
});
