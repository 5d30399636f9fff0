/**
 * Global keyboard shortcuts, in one place. The Electron menu synthesizes these same key
 * presses, so the renderer is the only thing that acts on them.
 *
 *   Ctrl+N (Cmd+N on macOS)  New client
 *   Ctrl+F (Cmd+F on macOS)  Search clients (opens the client list first if needed)
 */
import { useEffect, useEffectEvent } from 'react';

export type ShortcutName = 'newClient' | 'findClient';

interface Shortcut {
  key: string;
  description: string;
}

export const shortcuts: Readonly<Record<ShortcutName, Shortcut>> = {
  newClient: { key: 'n', description: 'New client' },
  findClient: { key: 'f', description: 'Search clients' },
};

export const isMac =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent);

/** The shortcut a key press stands for, if any. */
export function shortcutFor(event: KeyboardEvent, mac: boolean = isMac): ShortcutName | null {
  const primary = mac ? event.metaKey : event.ctrlKey;
  const other = mac ? event.ctrlKey : event.metaKey;
  if (!primary || other || event.altKey || event.shiftKey) return null;
  const key = event.key.toLowerCase();
  for (const [name, shortcut] of Object.entries(shortcuts) as [ShortcutName, Shortcut][]) {
    if (shortcut.key === key) return name;
  }
  return null;
}

/** "Ctrl+N" or "⌘N", for hints on screen. */
export function shortcutLabel(name: ShortcutName, mac: boolean = isMac): string {
  const key = shortcuts[name].key.toUpperCase();
  return mac ? `⌘${key}` : `Ctrl+${key}`;
}

/** The value for an `aria-keyshortcuts` attribute: "Control+N" or "Meta+N". */
export function ariaShortcut(name: ShortcutName, mac: boolean = isMac): string {
  return `${mac ? 'Meta' : 'Control'}+${shortcuts[name].key.toUpperCase()}`;
}

/** Listens on the window for the global shortcuts while the app is mounted. */
export function useGlobalShortcuts(handlers: Record<ShortcutName, () => void>): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat) return;
    const name = shortcutFor(event);
    if (!name) return;
    event.preventDefault();
    handlers[name]();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
