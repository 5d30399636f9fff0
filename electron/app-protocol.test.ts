import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { mimeTypeFor, resolveAppFile } from './app-protocol';

const root = path.resolve('/srv/knotbook/dist/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('resolveAppFile', () => {
  it('maps app://knotbook paths into the renderer folder', () => {
    expect(resolveAppFile(root, 'app://knotbook/')).toBe(inRoot('index.html'));
    expect(resolveAppFile(root, 'app://knotbook/index.html')).toBe(inRoot('index.html'));
    expect(resolveAppFile(root, 'app://knotbook/assets/index-abc.js?v=1#x')).toBe(inRoot('assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://knotbook/assets/')).toBe(inRoot('assets', 'index.html'));
    expect(resolveAppFile(root, 'app://knotbook/body%20chart.svg')).toBe(inRoot('body chart.svg'));
  });

  it('never leaves the renderer folder', () => {
    for (const url of [
      'app://knotbook/../../etc/passwd',
      'app://knotbook/%2e%2e/%2e%2e/etc/passwd',
      'app://knotbook/..%2f..%2fetc%2fpasswd',
      'app://knotbook/assets/..%2f..%2f..%2fsecret',
      'app://knotbook/..%5c..%5csecret',
      'app://knotbook/a%00.js',
      'app://knotbook/%E0%A4%A',
    ]) {
      const file = resolveAppFile(root, url);
      if (file !== undefined) expect(file.startsWith(root + path.sep), url).toBe(true);
    }
    expect(resolveAppFile(root, 'app://knotbook/..%2f..%2fetc%2fpasswd')).toBeUndefined();
    expect(resolveAppFile(root, 'app://knotbook/a%00.js')).toBeUndefined();
    expect(resolveAppFile(root, 'app://knotbook/%E0%A4%A')).toBeUndefined();
  });

  it('serves only our own host', () => {
    expect(resolveAppFile(root, 'app://other/index.html')).toBeUndefined();
    expect(resolveAppFile(root, 'file:///srv/knotbook/dist/renderer/index.html')).toBeUndefined();
  });
});

describe('mimeTypeFor', () => {
  it('knows the types Vite emits', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a/INDEX.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('body.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('f.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});
