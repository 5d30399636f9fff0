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

/**
 * Acts on a key press that is a global shortcut, and takes it from the browser (and, in the
 * desktop app on macOS, from the menu, which gets only the presses the page leaves). Held down,
 * it acts once: the repeats are taken too, or macOS would hand them to the menu item, which would
 * act again.
 */
export function handleShortcutKey(
  event: KeyboardEvent,
  handlers: Record<ShortcutName, () => void>,
  mac: boolean = isMac,
): void {
  if (event.defaultPrevented) return;
  const name = shortcutFor(event, mac);
  if (!name) return;
  event.preventDefault();
  if (event.repeat) return;
  handlers[name]();
}

/** Listens on the window for the global shortcuts while the app is mounted. */
export function useGlobalShortcuts(handlers: Record<ShortcutName, () => void>): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => handleShortcutKey(event, handlers));

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
