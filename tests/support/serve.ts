/** Starts the real `npm run serve` process (without rebuilding) on a database file and a free port. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface ServeProcess {
  url: URL;
  token: string;
  child: ChildProcess;
  /** SIGTERM by default; SIGKILL to simulate a crash. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Calls one API operation over HTTP and returns its envelope. */
  call<T = unknown>(
    op: string,
    input: unknown,
  ): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>;
}

export function startServe(databasePath: string, options: { extraArgs?: string[] } = {}): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    // tsx as a loader in this very process (not tsx's command line, which runs the script in a
    // child process): a SIGKILL then kills the server itself, as a crash would.
    [
      '--import',
      'tsx',
      'scripts/serve.ts',
      '--db',
      databasePath,
      '--port',
      '0',
      '--no-build',
      ...(options.extraArgs ?? []),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /running at (\S+)/.exec(out)?.[1];
      if (!found) return;
      const url = new URL(found);
      const token = url.searchParams.get('token') ?? '';
      resolve({
        url,
        token,
        child,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill(signal);
          }),
        call: async (op, input) => {
          const res = await fetch(new URL('/api/call', url), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: JSON.stringify({ op, input }),
          });
          return (await res.json()) as never;
        },
      });
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`npm run serve exited with ${code}: ${err}`)));
  });
}
