import { EventEmitter } from 'node:events';
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  MAX_SUGGESTIONS,
  attachContextMenu,
  buildContextMenuTemplate,
  type ContextMenuFacts,
  type MenuContents,
} from './context-menu';

const NO_FLAGS = {
  canUndo: false,
  canRedo: false,
  canCut: false,
  canCopy: false,
  canPaste: false,
  canDelete: false,
  canSelectAll: false,
  canEditRichly: false,
};

function facts(overrides: Partial<ContextMenuFacts> = {}): ContextMenuFacts {
  return {
    x: 10,
    y: 20,
    isEditable: false,
    editFlags: NO_FLAGS,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    ...overrides,
  };
}

function build(params: ContextMenuFacts, isPackaged = true) {
  const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn(), inspect: vi.fn() };
  const template = buildContextMenuTemplate(params, { isPackaged }, actions);
  const click = (label: string) => (template.find((i) => i.label === label)?.click as (() => void) | undefined)?.();
  return { template, actions, click };
}

/** Each item as one word: its role, its label, or '-' for a separator; disabled ones marked. */
function outline(template: MenuItemConstructorOptions[]): string[] {
  return template.map((i) => {
    const name = i.type === 'separator' ? '-' : (i.role ?? i.label ?? '?');
    return i.enabled === false ? `(${name})` : name;
  });
}

describe('buildContextMenuTemplate', () => {
  it('offers nothing on the chart canvas or the page itself', () => {
    expect(build(facts()).template).toEqual([]);
    expect(build(facts({ selectionText: '   ' })).template).toEqual([]);
  });

  it('offers Copy on selected text', () => {
    const { template } = build(facts({ selectionText: 'Upper trapezius', editFlags: { ...NO_FLAGS, canCopy: true } }));
    expect(outline(template)).toEqual(['copy']);
  });

  it('offers the edit commands in a text field, enabled as the page says', () => {
    const empty = build(facts({ isEditable: true, editFlags: { ...NO_FLAGS, canPaste: true } }));
    expect(outline(empty.template)).toEqual(['(cut)', '(copy)', 'paste', '-', '(selectAll)']);
    const selected = build(
      facts({
        isEditable: true,
        selectionText: 'knot',
        editFlags: { ...NO_FLAGS, canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
      }),
    );
    expect(outline(selected.template)).toEqual(['cut', 'copy', 'paste', '-', 'selectAll']);
  });

  it('offers spelling suggestions and Add to dictionary on a misspelled word', () => {
    const { template, actions, click } = build(
      facts({
        isEditable: true,
        misspelledWord: 'trapezuis',
        dictionarySuggestions: ['trapezius', 'trapezia'],
        editFlags: { ...NO_FLAGS, canPaste: true, canSelectAll: true },
      }),
    );
    expect(outline(template)).toEqual([
      'trapezius',
      'trapezia',
      '-',
      'Add to dictionary',
      '-',
      '(cut)',
      '(copy)',
      'paste',
      '-',
      'selectAll',
    ]);
    click('trapezia');
    click('Add to dictionary');
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('trapezia');
    expect(actions.addToDictionary).toHaveBeenCalledWith('trapezuis');
  });

  it('says when there is no suggestion, and keeps the list short', () => {
    const none = build(facts({ isEditable: true, misspelledWord: 'qxzv' }));
    expect(outline(none.template).slice(0, 3)).toEqual(['(No spelling suggestions)', '-', 'Add to dictionary']);
    const many = build(facts({ isEditable: true, misspelledWord: 'teh', dictionarySuggestions: 'abcdefgh'.split('') }));
    expect(many.template.indexOf(many.template.find((i) => i.type === 'separator')!)).toBe(MAX_SUGGESTIONS);
  });

  it('offers Inspect element in development builds only, where it was clicked', () => {
    expect(build(facts(), true).template).toEqual([]);
    const dev = build(facts({ selectionText: 'x', editFlags: { ...NO_FLAGS, canCopy: true } }), false);
    expect(outline(dev.template)).toEqual(['copy', '-', 'Inspect element']);
    dev.click('Inspect element');
    expect(dev.actions.inspect).toHaveBeenCalledWith(10, 20);
    expect(outline(build(facts(), false).template)).toEqual(['Inspect element']);
  });
});

describe('attachContextMenu', () => {
  function page() {
    const contents = Object.assign(new EventEmitter(), {
      replaceMisspelling: vi.fn(),
      inspectElement: vi.fn(),
      session: { addWordToSpellCheckerDictionary: vi.fn(() => true) },
    });
    const popup = vi.fn<(template: MenuItemConstructorOptions[], params: ContextMenuParams) => void>();
    attachContextMenu(contents as unknown as MenuContents, { isPackaged: true }, popup);
    const rightClick = (params: ContextMenuFacts) => contents.emit('context-menu', {}, params);
    return { contents, popup, rightClick };
  }

  it('pops up the menu on a right-click, wired to the page and its session', () => {
    const { contents, popup, rightClick } = page();
    const params = facts({ isEditable: true, misspelledWord: 'teh', dictionarySuggestions: ['the'] });
    rightClick(params);
    expect(popup).toHaveBeenCalledOnce();
    const [template, given] = popup.mock.calls[0]!;
    expect(given).toBe(params);
    (template[0]?.click as () => void)();
    (template.find((i) => i.label === 'Add to dictionary')?.click as () => void)();
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('the');
    expect(contents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('teh');
  });

  it('pops up nothing where there is nothing to offer', () => {
    const { popup, rightClick } = page();
    rightClick(facts());
    expect(popup).not.toHaveBeenCalled();
  });
});
