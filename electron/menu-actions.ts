/**
 * What the application menu's items do in the page (menu.ts builds the menu): New client and
 * Find press the page's own shortcut keys, Print prints, and Undo/Redo go to a text field's own
 * history when the page leaves Ctrl/Cmd+Z to the browser, and to the chart otherwise.
 *
 * Why Undo asks the page first: on macOS Blink does not act on Cmd+Z (it leaves it to the menu),
 * so a synthesized Cmd+Z would do nothing in a text field; webContents.undo() is what the 'undo'
 * role runs. The chart's keyboard (renderer/chart/ui/useChartKeys.ts) ignores Ctrl/Cmd+Z while
 * the user is typing, by the test FOCUS_IS_TYPING repeats, so exactly one of the two acts: a
 * real key press and a menu click do the same thing, on every system, with no double undo.
 */
import type { WebContents } from 'electron';
import { RENDERER_SHORTCUTS, shortcutKeyEvents, type MenuActions } from './menu';

/**
 * True when the page's focused element is one the chart's keyboard leaves alone (typingInto in
 * renderer/chart/ui/useChartKeys.ts): anything editable, a form field, or anything in a dialog.
 * Run with webContents.executeJavaScript, which injects it as a script of the embedder
 * (RequestExecuteScript): the page's Content-Security-Policy governs the page's own scripts and
 * eval, not this, and it reads only the DOM.
 */
export const FOCUS_IS_TYPING = `(() => {
  const el = document.activeElement;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) ||
    el.closest('[role="dialog"], [role="alertdialog"]') !== null);
})()`;

export type PageContents = Pick<
  WebContents,
  'focus' | 'sendInputEvent' | 'print' | 'undo' | 'redo' | 'executeJavaScript' | 'isDestroyed'
>;

/** Whether the user is typing in the page; when the page cannot tell (still loading), no. */
export async function isTyping(contents: Pick<PageContents, 'executeJavaScript'>): Promise<boolean> {
  try {
    return (await contents.executeJavaScript(FOCUS_IS_TYPING)) === true;
  } catch {
    return false;
  }
}

export interface PageMenuActions extends Required<MenuActions> {
  /** Resolves once the page has been asked and the undo (or key press) is done. */
  undo: (redo: boolean) => Promise<void>;
}

/** The menu's actions on the page `contents()` returns (none when the window is closed). */
export function createMenuActions(
  contents: () => PageContents | undefined,
  platform: NodeJS.Platform,
): PageMenuActions {
  const page = () => {
    const current = contents();
    return current && !current.isDestroyed() ? current : undefined;
  };
  const press = (target: PageContents, key: string, shift?: boolean) => {
    target.focus();
    for (const event of shortcutKeyEvents(key, platform, shift)) target.sendInputEvent(event);
  };
  return {
    sendShortcut: (key, shift) => {
      const target = page();
      if (target) press(target, key, shift);
    },
    print: () => page()?.print(),
    undo: async (redo) => {
      const target = page();
      if (!target) return;
      const typing = await isTyping(target);
      if (target.isDestroyed()) return;
      if (!typing) return press(target, RENDERER_SHORTCUTS.undo, redo);
      target.focus();
      if (redo) target.redo();
      else target.undo();
    },
  };
}
