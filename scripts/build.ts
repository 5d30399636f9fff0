/**
 * `npm run build`: the renderer with Vite (vite.config.ts -> dist/renderer) and the Electron main
 * and preload scripts with esbuild (-> dist/electron/main.cjs, dist/electron/preload.cjs).
 * start.ts and dist.ts reuse these steps.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build as esbuild, type BuildOptions } from 'esbuild';
import { build as viteBuild } from 'vite';
import { isMain, repoRoot } from './run';

export const electronOutDir = path.join(repoRoot, 'dist', 'electron');
export const mainBundle = path.join(electronOutDir, 'main.cjs');
export const preloadBundle = path.join(electronOutDir, 'preload.cjs');

/** Thrown with a one-line explanation when a build step fails. */
export class BuildError extends Error {
  override name = 'BuildError';
}

export async function buildRenderer(): Promise<void> {
  if (!fs.existsSync(path.join(repoRoot, 'vite.config.ts'))) {
    throw new BuildError('Cannot build the renderer: vite.config.ts is missing at the repository root.');
  }
  try {
    await viteBuild({ configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new BuildError(`vite build failed: ${detail}`);
  }
}

const shared: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // 'electron' is provided by the runtime; better-sqlite3 loads a native file, so it stays a
  // real package in node_modules (see electron-builder.yml "files").
  external: ['electron', 'better-sqlite3'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: repoRoot,
};

/** Bundles electron/main.ts (also used by electron/main-process.test.ts, into a scratch folder). */
export async function bundleMain(outfile: string = mainBundle): Promise<void> {
  await esbuild({ ...shared, entryPoints: ['electron/main.ts'], outfile });
}

/** Sandboxed preloads cannot require other files: one self-contained file. */
export async function bundlePreload(outfile: string = preloadBundle): Promise<void> {
  await esbuild({ ...shared, entryPoints: ['electron/preload.ts'], outfile });
}

export async function buildElectron(): Promise<void> {
  try {
    await bundleMain();
    await bundlePreload();
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new BuildError(`esbuild could not bundle the Electron scripts: ${detail}`);
  }
}

export async function buildAll(): Promise<void> {
  await buildRenderer();
  await buildElectron();
}

if (isMain(import.meta.url)) {
  // `--electron-only` skips Vite (handy while working on electron/).
  const electronOnly = process.argv.includes('--electron-only');
  (electronOnly ? buildElectron() : buildAll()).then(
    () => console.log(electronOnly ? 'Built dist/electron.' : 'Built dist/renderer and dist/electron.'),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
