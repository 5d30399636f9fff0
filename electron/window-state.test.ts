import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  clampToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rect,
} from './window-state';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 1280, height: 1000 };

describe('clampToDisplays', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(clampToDisplays(undefined, [primary], primary)).toEqual({
      bounds: { x: 320, y: 110, ...DEFAULT_SIZE },
      maximized: false,
    });
  });

  it('keeps a window that is fully visible', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true };
    expect(clampToDisplays(saved, [primary, right], primary)).toEqual(saved);
  });

  it('keeps a window on a second display', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 900, height: 700 }, maximized: false };
    expect(clampToDisplays(saved, [primary, right], primary)).toEqual(saved);
  });

  it('brings back a window of a display that was unplugged', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 900, height: 700 }, maximized: false };
    expect(clampToDisplays(saved, [primary], primary).bounds).toEqual({ x: 510, y: 170, width: 900, height: 700 });
  });

  it('nudges a window hanging off the edge fully onto the display', () => {
    const saved = { bounds: { x: 1500, y: -30, width: 1000, height: 700 }, maximized: false };
    expect(clampToDisplays(saved, [primary], primary).bounds).toEqual({ x: 920, y: 0, width: 1000, height: 700 });
  });

  it('shrinks a window larger than the display, but not below the minimum size', () => {
    const small: Rect = { x: 0, y: 0, width: 1366, height: 728 };
    const huge = { bounds: { x: 0, y: 0, width: 3000, height: 2000 }, maximized: false };
    expect(clampToDisplays(huge, [small], small).bounds).toEqual(small);
    const tiny = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false };
    expect(clampToDisplays(tiny, [small], small).bounds).toEqual({ x: 10, y: 10, ...MIN_SIZE });
  });

  it('moves a window whose visible sliver is too small to grab', () => {
    const saved = { bounds: { x: 1880, y: 500, width: 800, height: 600 }, maximized: false };
    expect(clampToDisplays(saved, [primary], primary).bounds).toEqual({ x: 560, y: 220, width: 800, height: 600 });
  });
});

describe('parseWindowState', () => {
  it('accepts a saved state and rejects anything else', () => {
    const ok = { bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: true };
    expect(parseWindowState(ok)).toEqual(ok);
    expect(parseWindowState(null)).toBeUndefined();
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: '800', height: 600 } })).toBeUndefined();
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 0, height: 600 } })).toBeUndefined();
    expect(parseWindowState({ bounds: { x: NaN, y: 2, width: 9, height: 9 } })).toBeUndefined();
  });
});

describe('loadWindowState / saveWindowState', () => {
  it('round-trips through a file, atomically, and survives a damaged file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-window-'));
    const file = path.join(dir, 'nested', 'window-state.json');
    try {
      expect(loadWindowState(file)).toBeUndefined();
      const state = { bounds: { x: 5, y: 6, width: 900, height: 700 }, maximized: false };
      saveWindowState(file, state);
      expect(loadWindowState(file)).toEqual(state);
      expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']);
      fs.writeFileSync(file, '{"bounds":');
      expect(loadWindowState(file)).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
