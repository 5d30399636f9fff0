/**
 * Launches a program the way a user would and checks that it comes up and stays up: it must
 * print a line matching `--ready` within `--within` seconds, then keep running for `--hold`
 * seconds. Then it (and everything it started) is stopped. Used by .github/workflows/desktop.yml
 * for `npm run demo` and for the packaged app on real Windows, macOS and Ubuntu runners; its
 * own tests run here with a Node child standing in for the app.
 *
 * Usage: tsx scripts/launch-check.ts --ready <regex> [--hold 15] [--within 300] -- <command> [args...]
 * Exit 0 when the program came up and stayed up; 1 with one line saying what happened otherwise.
 */
import { execFileSync, spawn } from 'node:child_process';
import { isMain } from './run';

export interface LaunchCheckOptions {
  command: string;
  args: string[];
  /** A line of the program's output that says it is up. */
  ready: RegExp;
  /** How long it must stay up after that line. */
  holdMs: number;
  /** How long it may take to print the ready line. */
  withinMs: number;
  env?: NodeJS.ProcessEnv;
  /** Where the program's own output goes (shown in CI logs). */
  echo?: (chunk: string) => void;
}

export interface LaunchCheckResult {
  ok: boolean;
  /** One line: what happened. */
  message: string;
  /** Everything the program printed. */
  output: string;
}

export function parseLaunchCheckArgs(argv: readonly string[]): Omit<LaunchCheckOptions, 'env' | 'echo'> {
  const separator = argv.indexOf('--');
  const own = separator >= 0 ? argv.slice(0, separator) : argv;
  const [command, ...args] = separator >= 0 ? argv.slice(separator + 1) : [];
  const value = (name: string) => {
    const i = own.indexOf(name);
    return i >= 0 ? own[i + 1] : undefined;
  };
  const ready = value('--ready');
  if (!command || !ready) {
    throw new Error('usage: launch-check --ready <regex> [--hold 15] [--within 300] -- <command> [args...]');
  }
  const seconds = (name: string, fallback: number) => {
    const text = value(name);
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} takes a number of seconds, not "${text}"`);
    return n * 1000;
  };
  return { command, args, ready: new RegExp(ready), holdMs: seconds('--hold', 15), withinMs: seconds('--within', 300) };
}

const windows = process.platform === 'win32';

/** Stops the program and everything it started. */
function stopTree(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (windows) execFileSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
    else process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export function launchCheck(options: LaunchCheckOptions): Promise<LaunchCheckResult> {
  return new Promise((resolve) => {
    const child = spawn(options.command, options.args, {
      env: options.env ?? process.env,
      // npm is npm.cmd on Windows, which Node starts only through a shell.
      shell: windows && !/\.exe$/i.test(options.command),
      detached: !windows, // its own process group, so the whole tree can be stopped
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let output = '';
    let done = false;
    let readyAt: number | undefined;
    const timers: NodeJS.Timeout[] = [];
    const finish = (ok: boolean, message: string) => {
      if (done) return;
      done = true;
      for (const timer of timers) clearTimeout(timer);
      stopTree(child.pid);
      resolve({ ok, message, output });
    };
    const started = Date.now();
    timers.push(
      setTimeout(
        () => finish(false, `no line matching ${options.ready} within ${options.withinMs / 1000} s`),
        options.withinMs,
      ),
    );
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      options.echo?.(text);
      output += text;
      if (readyAt === undefined && options.ready.test(output)) {
        readyAt = Date.now();
        clearTimeout(timers[0]);
        timers.push(
          setTimeout(
            () =>
              finish(
                true,
                `ready after ${((readyAt! - started) / 1000).toFixed(1)} s, still running ${options.holdMs / 1000} s later`,
              ),
            options.holdMs,
          ),
        );
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => finish(false, `could not start ${options.command}: ${error.message}`));
    child.on('exit', (code, signal) => {
      const how = signal ? `signal ${signal}` : `code ${code}`;
      finish(
        false,
        readyAt === undefined ? `exited (${how}) before it was ready` : `exited (${how}) after it was ready`,
      );
    });
  });
}

if (isMain(import.meta.url)) {
  let options: ReturnType<typeof parseLaunchCheckArgs>;
  try {
    options = parseLaunchCheckArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  void launchCheck({ ...options, echo: (text) => process.stdout.write(text) }).then((result) => {
    console.log(`\nLAUNCH CHECK ${result.ok ? 'OK' : 'FAILED'}: ${result.message}`);
    process.exit(result.ok ? 0 : 1);
  });
}
