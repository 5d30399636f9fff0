/**
 * The absolute path of better-sqlite3 for inline worker threads (db/integrity.ts,
 * db/backup/facts.ts). Their source is a CommonJS string, not a file of ours: the Electron main
 * process runs as an esbuild bundle while tests and `npm run serve` run the TypeScript through
 * tsx and Vitest, and a worker cannot load a .ts file. So the worker `require`s better-sqlite3 by
 * this path, resolved from where this code runs.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** __filename in the CommonJS bundle of the Electron main process, import.meta.url under tsx and Vitest. */
function modulePath(): string {
  if (typeof __filename === 'string') return __filename;
  // In a `try` so esbuild, bundling to CommonJS (where this line never runs), does not warn that
  // import.meta is empty there.
  try {
    return fileURLToPath(import.meta.url);
  } catch {
    return path.join(process.cwd(), 'package.json');
  }
}

let betterSqlite3Path: string | undefined;

export function resolveBetterSqlite3(): string {
  betterSqlite3Path ??= createRequire(modulePath()).resolve('better-sqlite3');
  return betterSqlite3Path;
}
