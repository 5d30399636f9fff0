import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the renderer into dist/renderer. `base: './'` makes every asset URL relative to
 * index.html, so the same build works over http://127.0.0.1:PORT/ (loopback server) and
 * from Electron's app:// protocol.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    // No inline <script> or data: module URLs: the Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    // One local bundle (React + Konva) loaded from disk or loopback: size warnings do not apply.
    chunkSizeWarningLimit: 2000,
    // Pages other than the list load on first visit (renderer/app/App.tsx); their styles stay
    // in the one stylesheet (48 kB), so opening a page never waits for, or flashes before, its CSS.
    cssCodeSplit: false,
  },
  server: { host: '127.0.0.1' },
});
