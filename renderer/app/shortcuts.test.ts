import { describe, expect, it } from 'vitest';
import { shortcutFor, shortcutLabel } from './shortcuts';

function press(key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods } as KeyboardEvent;
}

describe('shortcutFor', () => {
  it('uses Ctrl on Windows and Linux', () => {
    expect(shortcutFor(press('n', { ctrlKey: true }), false)).toBe('newClient');
    expect(shortcutFor(press('F', { ctrlKey: true }), false)).toBe('findClient');
    expect(shortcutFor(press('n', { metaKey: true }), false)).toBeNull();
    expect(shortcutFor(press('n', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(shortcutFor(press('n'), false)).toBeNull();
  });

  it('uses Cmd on macOS', () => {
    expect(shortcutFor(press('n', { metaKey: true }), true)).toBe('newClient');
    expect(shortcutFor(press('f', { ctrlKey: true }), true)).toBeNull();
    expect(shortcutLabel('findClient', true)).toBe('⌘F');
    expect(shortcutLabel('findClient', false)).toBe('Ctrl+F');
  });
});
