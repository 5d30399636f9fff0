/**
 * The application menu, built by a pure function so tests can check it; menu-actions.ts runs
 * what its items do.
 *
 * "New client", "Find", "Undo" and "Redo" are shortcuts the page handles itself (Undo/Redo act on
 * the chart as well as on text fields), so the preload stays small. Their items show the shortcut
 * without registering it (`registerAccelerator: false`, honoured on Windows and Linux only), so a
 * key press goes to the page, and a click on New client or Find presses that key in the page.
 *
 * On macOS every item's shortcut is registered, but Chromium gives a Cmd key press to the page
 * first and Electron passes it to the menu only when the page did not handle it
 * (electron/electron#19279). Cmd+N and Cmd+F are handled by the page, so they run once. Cmd+Z in
 * a text field is not (Blink leaves Cmd+Z/C/V/X/A to the menu on macOS), so it reaches Undo, which
 * therefore undoes a text field's own typing with webContents.undo() (what the 'undo' role does)
 * and presses Cmd+Z in the page only when the chart would take it (menu-actions.ts). Cut, Copy,
 * Paste and Select all are Electron's roles: on Windows and Linux the clipboard roles register no
 * shortcut (Blink's own Ctrl+X/C/V runs), and on macOS they send the system's cut:/copy:/paste:.
 */
import type { KeyboardInputEvent, MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
}

export interface MenuActions {
  /** Send a Ctrl/Cmd(+Shift)+<key> press to the page (see shortcutKeyEvents). */
  sendShortcut: (key: string, shift?: boolean) => void;
  print: () => void;
  /**
   * Undo (or redo): a text field's own history when one has focus, the chart's otherwise
   * (menu-actions.ts). Without it the menu presses Ctrl/Cmd(+Shift)+Z in the page, which does
   * nothing in a text field on macOS.
   */
  undo?: (redo: boolean) => void;
}

/** Keys the renderer listens for (with Ctrl, or Cmd on macOS). */
export const RENDERER_SHORTCUTS = { newClient: 'n', find: 'f', undo: 'z' } as const;

/** keyDown, char, keyUp of Ctrl+<key> (Cmd+<key> on macOS), with Shift when asked. */
export function shortcutKeyEvents(key: string, platform: NodeJS.Platform, shift = false): KeyboardInputEvent[] {
  const modifiers: KeyboardInputEvent['modifiers'] = [
    platform === 'darwin' ? 'meta' : 'control',
    ...(shift ? ['shift' as const] : []),
  ];
  return (['keyDown', 'char', 'keyUp'] as const).map((type) => ({ type, keyCode: key, modifiers }));
}

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const undo = (redo: boolean) =>
    actions.undo ? actions.undo(redo) : actions.sendShortcut(RENDERER_SHORTCUTS.undo, redo);

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: options.appName,
          submenu: [
            { role: 'about' },
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        id: 'new-client',
        label: 'New client',
        accelerator: 'CmdOrCtrl+N',
        registerAccelerator: false,
        click: () => actions.sendShortcut(RENDERER_SHORTCUTS.newClient),
      },
      separator,
      { id: 'print', label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
      separator,
      mac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      {
        id: 'undo',
        label: 'Undo',
        accelerator: 'CmdOrCtrl+Z',
        registerAccelerator: false,
        click: () => undo(false),
      },
      {
        id: 'redo',
        label: 'Redo',
        accelerator: 'CmdOrCtrl+Shift+Z',
        registerAccelerator: false,
        click: () => undo(true),
      },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      {
        id: 'find',
        label: 'Find…',
        accelerator: 'CmdOrCtrl+F',
        registerAccelerator: false,
        click: () => actions.sendShortcut(RENDERER_SHORTCUTS.find),
      },
    ],
  };

  const developer: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: '&Window',
    role: 'windowMenu',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [{ label: `About ${options.appName}`, role: 'about' }],
  };

  return [...appMenu, file, edit, view, windowMenu, help];
}
