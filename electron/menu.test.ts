import type { MenuItemConstructorOptions } from 'electron';
import { describe, it, expect, vi } from 'vitest';
import { buildMenuTemplate, shortcutKeyEvents } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function setup(platform: NodeJS.Platform, isPackaged = true) {
  const actions = { sendShortcut: vi.fn(), print: vi.fn(), undo: vi.fn() };
  const template = buildMenuTemplate({ platform, isPackaged, appName: 'Knotbook' }, actions);
  const items = flatten(template);
  const byLabel = (label: string) => items.find((i) => i.label === label);
  const click = (label: string) => (byLabel(label)?.click as (() => void) | undefined)?.();
  return { template, items, byLabel, actions, click };
}

describe('buildMenuTemplate', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`has the shortcuts on ${platform}`, () => {
      const { byLabel } = setup(platform);
      expect(byLabel('New client')).toMatchObject({ accelerator: 'CmdOrCtrl+N', registerAccelerator: false });
      expect(byLabel('Find…')).toMatchObject({ accelerator: 'CmdOrCtrl+F', registerAccelerator: false });
      expect(byLabel('Undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
      expect(byLabel('Redo')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false });
      expect(byLabel('Print…')).toMatchObject({ accelerator: 'CmdOrCtrl+P' });
      expect(byLabel('Print…')?.registerAccelerator).toBeUndefined();
    });
  }

  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`sends the renderer shortcut keys, undoes and prints on ${platform}`, () => {
      const { click, actions } = setup(platform);
      click('New client');
      click('Find…');
      click('Undo');
      click('Redo');
      click('Print…');
      expect(actions.sendShortcut.mock.calls).toEqual([['n'], ['f']]);
      expect(actions.undo.mock.calls).toEqual([[false], [true]]);
      expect(actions.print).toHaveBeenCalledOnce();
    });

    it(`has no undo or redo role on ${platform} (on Windows and Linux a role registers Ctrl+Z, and the chart never sees it)`, () => {
      const { items } = setup(platform);
      expect(items.map((i) => i.role)).not.toContain('undo');
      expect(items.map((i) => i.role)).not.toContain('redo');
    });
  }

  it('names the items tests click (Menu.getApplicationMenu().getMenuItemById)', () => {
    const { byLabel } = setup('darwin');
    expect(['New client', 'Print…', 'Undo', 'Redo', 'Find…'].map((label) => byLabel(label)?.id)).toEqual([
      'new-client',
      'print',
      'undo',
      'redo',
      'find',
    ]);
  });

  it('presses Ctrl/Cmd(+Shift)+Z in the page when given no undo action', () => {
    const actions = { sendShortcut: vi.fn(), print: vi.fn() };
    const items = flatten(buildMenuTemplate({ platform: 'darwin', isPackaged: true, appName: 'Knotbook' }, actions));
    for (const label of ['Undo', 'Redo']) (items.find((i) => i.label === label)?.click as () => void)();
    expect(actions.sendShortcut.mock.calls).toEqual([
      ['z', false],
      ['z', true],
    ]);
  });

  it('follows each platform: app menu on macOS, Quit in File elsewhere', () => {
    const mac = setup('darwin');
    expect(mac.template.map((m) => m.label)).toEqual(['Knotbook', '&File', '&Edit', '&View', '&Window', '&Help']);
    expect(mac.items.filter((i) => i.role === 'quit')).toHaveLength(1);
    const linux = setup('linux');
    expect(linux.template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(linux.items.find((i) => i.role === 'quit')).toMatchObject({ accelerator: 'Ctrl+Q' });
  });

  it('has the usual edit roles and About', () => {
    const roles = setup('win32').items.map((i) => i.role);
    for (const role of ['cut', 'copy', 'paste', 'selectAll', 'togglefullscreen', 'about', 'zoomIn']) {
      expect(roles).toContain(role);
    }
  });

  it('offers reload and developer tools only when not packaged', () => {
    const roles = (packaged: boolean) => setup('linux', packaged).items.map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(false)).toContain('reload');
  });
});

describe('shortcutKeyEvents', () => {
  it('presses Ctrl+key, or Cmd+key on macOS', () => {
    expect(shortcutKeyEvents('n', 'linux')).toEqual([
      { type: 'keyDown', keyCode: 'n', modifiers: ['control'] },
      { type: 'char', keyCode: 'n', modifiers: ['control'] },
      { type: 'keyUp', keyCode: 'n', modifiers: ['control'] },
    ]);
    expect(shortcutKeyEvents('f', 'darwin').map((e) => e.modifiers)).toEqual([['meta'], ['meta'], ['meta']]);
    expect(shortcutKeyEvents('z', 'win32', true).map((e) => e.modifiers)).toEqual([
      ['control', 'shift'],
      ['control', 'shift'],
      ['control', 'shift'],
    ]);
  });
});
