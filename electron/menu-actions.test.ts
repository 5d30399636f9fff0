import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/run';
import { FOCUS_IS_TYPING, createMenuActions, isTyping, type PageContents } from './menu-actions';
import { shortcutKeyEvents } from './menu';

/** A page stand-in: records what the menu did; `typing` is what FOCUS_IS_TYPING answers. */
function fakePage(typing: boolean | 'not loaded') {
  const done: unknown[] = [];
  let destroyed = false;
  const page = {
    focus: () => void done.push('focus'),
    sendInputEvent: (event: unknown) => void done.push(event),
    print: () => void done.push('print'),
    undo: () => void done.push('undo'),
    redo: () => void done.push('redo'),
    executeJavaScript: (code: string) => {
      done.push(code === FOCUS_IS_TYPING ? 'asked' : 'ran other code');
      return typing === 'not loaded' ? Promise.reject(new Error('Script failed to execute')) : Promise.resolve(typing);
    },
    isDestroyed: () => destroyed,
  } as unknown as PageContents;
  return { page, done, destroy: () => (destroyed = true) };
}

describe('createMenuActions', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`undoes a text field's typing itself on ${platform}, pressing no key`, async () => {
      const { page, done } = fakePage(true);
      const actions = createMenuActions(() => page, platform);
      await actions.undo(false);
      await actions.undo(true);
      expect(done).toEqual(['asked', 'focus', 'undo', 'asked', 'focus', 'redo']);
    });

    it(`presses Ctrl/Cmd(+Shift)+Z in the page for the chart on ${platform}, undoing nothing itself`, async () => {
      const { page, done } = fakePage(false);
      const actions = createMenuActions(() => page, platform);
      await actions.undo(false);
      await actions.undo(true);
      expect(done).toEqual([
        'asked',
        'focus',
        ...shortcutKeyEvents('z', platform),
        'asked',
        'focus',
        ...shortcutKeyEvents('z', platform, true),
      ]);
    });
  }

  it('presses the key when the page cannot answer yet', async () => {
    const { page, done } = fakePage('not loaded');
    await createMenuActions(() => page, 'darwin').undo(false);
    expect(done).toEqual(['asked', 'focus', ...shortcutKeyEvents('z', 'darwin')]);
  });

  it('does nothing once the window is gone', async () => {
    const gone = fakePage(true);
    gone.destroy();
    const actions = createMenuActions(() => gone.page, 'linux');
    await actions.undo(false);
    actions.sendShortcut('n');
    actions.print();
    expect(gone.done).toEqual([]);

    const none = createMenuActions(() => undefined, 'linux');
    await none.undo(true);
    none.sendShortcut('f');
    none.print();
  });

  it('does nothing when the window closes while the page is asked', async () => {
    const { page, done, destroy } = fakePage(true);
    const pending = createMenuActions(() => page, 'darwin').undo(false);
    destroy();
    await pending;
    expect(done).toEqual(['asked']);
  });

  it('presses New client and Find, and prints', () => {
    const { page, done } = fakePage(false);
    const actions = createMenuActions(() => page, 'darwin');
    actions.sendShortcut('n');
    actions.print();
    expect(done).toEqual(['focus', ...shortcutKeyEvents('n', 'darwin'), 'print']);
  });
});

interface FakeElement {
  tagName: string;
  isContentEditable?: boolean;
  inDialog?: boolean;
}

/** FOCUS_IS_TYPING evaluated against a stand-in document whose focus is `el`. */
function typingWith(el: FakeElement | null): unknown {
  const active = el && {
    tagName: el.tagName,
    isContentEditable: el.isContentEditable ?? false,
    closest: (selector: string) => {
      expect(selector).toBe('[role="dialog"], [role="alertdialog"]');
      return el.inDialog ? {} : null;
    },
  };
  return new Function('document', `return ${FOCUS_IS_TYPING};`)({ activeElement: active });
}

describe('FOCUS_IS_TYPING', () => {
  it('is true where the chart leaves Ctrl/Cmd+Z to the browser', () => {
    expect(typingWith({ tagName: 'INPUT' })).toBe(true);
    expect(typingWith({ tagName: 'TEXTAREA' })).toBe(true);
    expect(typingWith({ tagName: 'SELECT' })).toBe(true);
    expect(typingWith({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(typingWith({ tagName: 'BUTTON', inDialog: true })).toBe(true);
  });

  it('is false where the chart takes Ctrl/Cmd+Z', () => {
    expect(typingWith({ tagName: 'BODY' })).toBe(false);
    expect(typingWith({ tagName: 'CANVAS' })).toBe(false);
    expect(typingWith({ tagName: 'BUTTON' })).toBe(false);
    expect(typingWith(null)).toBe(false);
  });

  it('repeats the test the chart keyboard uses (change both together)', () => {
    const chartKeys = fs.readFileSync(path.join(repoRoot, 'renderer/chart/ui/useChartKeys.ts'), 'utf8');
    const typingInto = chartKeys.slice(chartKeys.indexOf('function typingInto'), chartKeys.indexOf('export function'));
    expect(typingInto).toContain(
      "el.isContentEditable ||\n    ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) ||",
    );
    expect(typingInto).toContain(`!!el.closest('[role="dialog"], [role="alertdialog"]')`);
    expect(FOCUS_IS_TYPING).toContain("el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)");
    // And the chart ignores Ctrl/Cmd+Z while typing: the first thing its key handler checks.
    expect(chartKeys).toContain('if (e.defaultPrevented || typingInto(e.target)) return;');
  });
});

describe('isTyping', () => {
  it('takes only a plain true for yes', async () => {
    for (const [answer, expected] of [
      [true, true],
      [false, false],
      ['true', false],
      [undefined, false],
    ] as const) {
      expect(await isTyping({ executeJavaScript: () => Promise.resolve(answer) })).toBe(expected);
    }
  });
});
