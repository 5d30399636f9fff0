import { describe, expect, it } from 'vitest';
import { launchCheck, parseLaunchCheckArgs } from './launch-check';

/** A stand-in for the app: a Node child that prints `lines`, then stays up or exits. */
function app(script: string) {
  return { command: process.execPath, args: ['-e', script] };
}

describe('launch check', () => {
  it('passes a program that says it is ready and stays up', async () => {
    const result = await launchCheck({
      ...app(
        "console.log('Demo database: /tmp/x.sqlite'); console.log('Knotbook is ready'); setInterval(() => {}, 1000)",
      ),
      ready: /Knotbook is ready/,
      holdMs: 300,
      withinMs: 10_000,
    });
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/^ready after .* s, still running 0\.3 s later$/);
    expect(result.output).toContain('Demo database: /tmp/x.sqlite');
  });

  it('fails a program that dies at launch, as Electron does without a usable sandbox', async () => {
    const result = await launchCheck({
      ...app(
        "console.error('FATAL:setuid_sandbox_host.cc(163)] The SUID sandbox helper binary was found'); process.exit(133)",
      ),
      ready: /Knotbook is ready/,
      holdMs: 300,
      withinMs: 10_000,
    });
    expect(result).toMatchObject({ ok: false, message: 'exited (code 133) before it was ready' });
    expect(result.output).toContain('FATAL:setuid_sandbox_host.cc');
  });

  it('fails a program that is ready but does not stay up', async () => {
    const result = await launchCheck({
      ...app("console.log('Knotbook is ready'); setTimeout(() => process.exit(1), 50)"),
      ready: /Knotbook is ready/,
      holdMs: 5_000,
      withinMs: 10_000,
    });
    expect(result).toMatchObject({ ok: false, message: 'exited (code 1) after it was ready' });
  });

  it('fails a program that never says it is ready, and stops it', async () => {
    const result = await launchCheck({
      ...app("console.log('starting'); setInterval(() => {}, 1000)"),
      ready: /Knotbook is ready/,
      holdMs: 300,
      withinMs: 300,
    });
    expect(result).toMatchObject({ ok: false, message: 'no line matching /Knotbook is ready/ within 0.3 s' });
  });

  it('reads its options and the command after --', () => {
    expect(parseLaunchCheckArgs(['--ready', 'Knotbook is ready', '--hold', '15', '--', 'npm', 'run', 'demo'])).toEqual({
      command: 'npm',
      args: ['run', 'demo'],
      ready: /Knotbook is ready/,
      holdMs: 15_000,
      withinMs: 300_000,
    });
    expect(() => parseLaunchCheckArgs(['--hold', '15', '--', 'npm'])).toThrow(/usage/);
    expect(() => parseLaunchCheckArgs(['--ready', 'x', '--hold', 'soon', '--', 'npm'])).toThrow(
      /--hold takes a number/,
    );
  });
});
