import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/** The end-to-end tests serve the built renderer: build it once if it is not there. */
export default async function globalSetup(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '../..');
  if (!fs.existsSync(path.join(root, 'dist/renderer/index.html'))) {
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  }
}
