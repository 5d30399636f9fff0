import { describe, expect, it } from 'vitest';
import { handleShortcutKey, shortcutFor, shortcutLabel } from './shortcuts';

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

describe('handleShortcutKey', () => {
  function keyDown(key: string, mods: Parameters<typeof press>[1] & { repeat?: boolean } = {}) {
    const { repeat = false, ...rest } = mods;
    let prevented = false;
    const event = Object.assign(press(key, rest), {
      repeat,
      defaultPrevented: false,
      preventDefault: () => (prevented = true),
    });
    return { event, prevented: () => prevented };
  }

  it('acts once on Cmd+N held down on macOS, and takes the repeats from the menu too', () => {
    const opened: string[] = [];
    const handlers = { newClient: () => opened.push('new client'), findClient: () => opened.push('find') };
    const first = keyDown('n', { metaKey: true });
    const held = keyDown('n', { metaKey: true, repeat: true });
    handleShortcutKey(first.event, handlers, true);
    handleShortcutKey(held.event, handlers, true);
    expect(opened).toEqual(['new client']);
    expect([first.prevented(), held.prevented()]).toEqual([true, true]);
  });

  it('leaves other keys, and keys already taken, alone', () => {
    const opened: string[] = [];
    const handlers = { newClient: () => opened.push('new client'), findClient: () => opened.push('find') };
    const typing = keyDown('n');
    handleShortcutKey(typing.event, handlers, false);
    const taken = keyDown('f', { ctrlKey: true });
    Object.assign(taken.event, { defaultPrevented: true });
    handleShortcutKey(taken.event, handlers, false);
    expect(opened).toEqual([]);
    expect(typing.prevented()).toBe(false);
  });
});
