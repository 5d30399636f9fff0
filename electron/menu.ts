/**
 * The application menu, built by a pure function so tests can check it.
 *
 * "New client", "Find", "Undo" and "Redo" are shortcuts the renderer handles itself (Undo/Redo
 * act on the chart as well as on text fields) (the preload exposes only
 * the API call and Export PDF). Their menu items therefore show the shortcut without registering it
 * (`registerAccelerator: false`), so the key press reaches the page, and a click on them
 * synthesizes that same key press into the page.
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
        label: 'New client',
        accelerator: 'CmdOrCtrl+N',
        registerAccelerator: false,
        click: () => actions.sendShortcut(RENDERER_SHORTCUTS.newClient),
      },
      separator,
      { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
      separator,
      mac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      {
        label: 'Undo',
        accelerator: 'CmdOrCtrl+Z',
        registerAccelerator: false,
        click: () => actions.sendShortcut(RENDERER_SHORTCUTS.undo),
      },
      {
        label: 'Redo',
        accelerator: 'CmdOrCtrl+Shift+Z',
        registerAccelerator: false,
        click: () => actions.sendShortcut(RENDERER_SHORTCUTS.undo, true),
      },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      {
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
