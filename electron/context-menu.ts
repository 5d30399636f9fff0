/**
 * The right-click menu of the page, built by a pure function of the 'context-menu' event's
 * params so tests can check it: spelling suggestions and "Add to dictionary" on a misspelled
 * word (macOS only, see spellcheck.ts), Cut, Copy, Paste and Select all in a text field (each
 * enabled as the page says it can), Copy on selected text, and nothing anywhere else (the chart
 * canvas included). Development builds add "Inspect element"; packaged builds never do.
 */
import type { ContextMenuParams, MenuItemConstructorOptions, WebContents } from 'electron';

/** The facts of a right-click that the menu depends on. */
export type ContextMenuFacts = Pick<
  ContextMenuParams,
  'x' | 'y' | 'isEditable' | 'editFlags' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions'
>;

export interface ContextMenuActions {
  replaceMisspelling: (word: string) => void;
  addToDictionary: (word: string) => void;
  inspect: (x: number, y: number) => void;
}

/** Chromium offers a handful; a longer list is noise under the pointer. */
export const MAX_SUGGESTIONS = 5;

export function buildContextMenuTemplate(
  params: ContextMenuFacts,
  options: { isPackaged: boolean },
  actions: ContextMenuActions,
): MenuItemConstructorOptions[] {
  const sections: MenuItemConstructorOptions[][] = [];
  const flags = params.editFlags;

  const word = params.misspelledWord;
  if (params.isEditable && word !== '') {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    sections.push(
      suggestions.length > 0
        ? suggestions.map((s) => ({ label: s, click: () => actions.replaceMisspelling(s) }))
        : [{ label: 'No spelling suggestions', enabled: false }],
      [{ label: 'Add to dictionary', click: () => actions.addToDictionary(word) }],
    );
  }

  if (params.isEditable) {
    sections.push(
      [
        { role: 'cut', enabled: flags.canCut },
        { role: 'copy', enabled: flags.canCopy },
        { role: 'paste', enabled: flags.canPaste },
      ],
      [{ role: 'selectAll', enabled: flags.canSelectAll }],
    );
  } else if (params.selectionText.trim() !== '') {
    sections.push([{ role: 'copy', enabled: flags.canCopy }]);
  }

  if (!options.isPackaged) {
    sections.push([{ label: 'Inspect element', click: () => actions.inspect(params.x, params.y) }]);
  }

  return sections.flatMap((section, i) => (i === 0 ? section : [{ type: 'separator' as const }, ...section]));
}

export type MenuContents = Pick<WebContents, 'on' | 'replaceMisspelling' | 'inspectElement' | 'session'>;

/**
 * Shows the menu on every right-click in `contents`; `popup` shows a built template (in the app,
 * Menu.buildFromTemplate(template).popup({ window, frame, sourceType })). No menu, no popup.
 */
export function attachContextMenu(
  contents: MenuContents,
  options: { isPackaged: boolean },
  popup: (template: MenuItemConstructorOptions[], params: ContextMenuParams) => void,
): void {
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, options, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => void contents.session.addWordToSpellCheckerDictionary(word),
      inspect: (x, y) => contents.inspectElement(x, y),
    });
    if (template.length > 0) popup(template, params);
  });
}
