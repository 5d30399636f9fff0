import { describe, it, expect } from 'vitest';
import { run, runNode } from './run';

describe('run', () => {
  it('captures the output and the exit code', async () => {
    const result = await runNode('-e', ['console.log("out"); console.error("err"); process.exit(3)'], {
      capture: true,
    });
    expect(result).toMatchObject({ code: 3, timedOut: false });
    expect(result.output).toContain('out');
    expect(result.output).toContain('err');
  });

  it('stops a program that runs past its timeout, children included', async () => {
    const started = Date.now();
    // A parent that starts a long-lived child of its own, like node-gyp starting make.
    const script = `require('child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'inherit' }); setTimeout(() => {}, 60000);`;
    const result = await runNode('-e', [script], { capture: true, timeoutMs: 500 });
    expect(result.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('reports a program that cannot be started instead of throwing', async () => {
    const result = await run('/nonexistent/knotbook-tool', [], { capture: true });
    expect(result.spawnError).toBeInstanceOf(Error);
  });
});
