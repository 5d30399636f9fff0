/**
 * `npm run lint:electron`: scans the Electron shell with Doyensec's electronegativity and fails
 * (exit 1) on any HIGH or MEDIUM finding, listing file:line, check id and description.
 *
 * What is scanned: electron/*.ts (tests left out) plus renderer/index.html, whose meta tag
 * carries the Content-Security-Policy (the app:// handler sends the same policy as a header, a
 * form the tool does not recognise), staged in .tmp/electronegativity/. The Electron version is
 * passed explicitly so the tool judges our version's defaults, not Electron 0.1's.
 *
 * electronegativity runs through its documented JavaScript API rather than its CLI: the CLI's
 * CSV writer writes the header and the rows with two concurrent fs.writeFile calls (rows can be
 * lost), and its SARIF output drops the severity. The API returns both, plus parse errors, which
 * fail this check too (an unparsed file is an unscanned file).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BRIDGE_FUNCTIONS } from '../db/api/bridge';
import { installedElectronVersion, isMain, repoRoot } from './run';

export interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  description: string;
}

/** What the preload exposes, in words, from the one list of it (db/api/bridge.ts). */
export const PRELOAD_REVIEW =
  'A reminder to review any preload, raised wherever one is configured. Ours (electron/preload.ts) ' +
  `runs sandboxed with context isolation and exposes ${BRIDGE_FUNCTIONS.length} functions: ` +
  `${BRIDGE_FUNCTIONS.join(', ')} (BRIDGE_FUNCTIONS in db/api/bridge.ts, to which the compiler holds the ` +
  'preload), each one invoke on its own channel; exportToFile also listens, only while its export runs, for ' +
  'two numbers of progress on one channel (the IPC event never reaches the page). Main refuses every sender ' +
  "but our own top-level page; call(op, input) is validated by dispatch(), exportPdf's input must be exactly " +
  '{suggestedName, paperSize}, exportToFile and importFromFile take only a format, a client id or a settings ' +
  'choice (strict schemas), and the backup dialogs take no input: main picks every path, the page never sends one.';

/**
 * Findings reviewed and accepted as false positives for this app, each for one file only.
 * Keep this list short, and give every entry its reason.
 */
export const ACCEPTED: readonly { id: string; file: string; reason: string }[] = [
  { id: 'PRELOAD_JS_CHECK', file: 'electron/window.ts', reason: PRELOAD_REVIEW },
];

const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);
const TIMEOUT_MS = 3 * 60_000;

/** The HIGH and MEDIUM findings not accepted above. Pure. */
export function blockingFindings(findings: readonly Finding[], accepted = ACCEPTED): Finding[] {
  return findings.filter(
    (f) => FAILING_SEVERITIES.has(f.severity) && !accepted.some((a) => a.id === f.id && a.file === f.file),
  );
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line} ${f.id} (${f.severity}): ${f.description}`;
}

interface RawIssue {
  id: string;
  file: string;
  location?: { line?: number };
  severity?: { name?: string };
  description?: string;
}

interface RawResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable?: boolean }[];
  issues: RawIssue[];
}

type Run = (options: Record<string, unknown>) => Promise<RawResult>;

function stage(): string {
  const dir = path.join(repoRoot, '.tmp', 'electronegativity');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'electron'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'renderer'), { recursive: true });
  for (const name of fs.readdirSync(path.join(repoRoot, 'electron'))) {
    if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
      fs.copyFileSync(path.join(repoRoot, 'electron', name), path.join(dir, 'electron', name));
    }
  }
  fs.copyFileSync(path.join(repoRoot, 'renderer', 'index.html'), path.join(dir, 'renderer', 'index.html'));
  return dir;
}

async function scan(input: string): Promise<RawResult> {
  const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run;
  // The library talks on console.log (translations download, release lookup); keep that quiet
  // unless something goes wrong.
  const chatter: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => void chatter.push(args.map(String).join(' '));
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`it did not finish within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    });
    return await Promise.race([
      run({
        input,
        isRelative: true,
        electronVersionOverride: installedElectronVersion(),
        customScan: [],
        excludeFromScan: [],
        parserPlugins: [],
      }),
      timeout,
    ]);
  } catch (error) {
    for (const line of chatter) console.error(line);
    throw error;
  } finally {
    clearTimeout(timer);
    console.log = log;
  }
}

async function main(): Promise<number> {
  const result = await scan(stage());
  const unparsed = result.errors.filter((e) => !e.tolerable);
  const findings: Finding[] = result.issues.map((i) => ({
    id: i.id,
    file: i.file.split(path.sep).join('/'),
    line: i.location?.line ?? 0,
    severity: i.severity?.name ?? 'UNKNOWN',
    description: (i.description ?? '').replace(/\s+/g, ' ').trim(),
  }));
  const blocking = blockingFindings(findings);
  for (const e of unparsed) console.error(`${e.file}: electronegativity could not parse this file: ${e.message}`);
  for (const f of blocking) console.error(formatFinding(f));
  if (blocking.length > 0 || unparsed.length > 0) {
    console.error(
      `electronegativity: ${blocking.length} high or medium finding(s), ${unparsed.length} unparsed file(s). ` +
        'Fix them, or accept a false positive with its reason in scripts/check-electron-security.ts.',
    );
    return 1;
  }
  console.log(`electronegativity: no high or medium findings (${result.globalChecks + result.atomicChecks} checks)`);
  return 0;
}

if (isMain(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`electronegativity could not run: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
