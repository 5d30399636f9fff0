/**
 * Quick phrases in the note fields: a phrase's short name typed before the caret and expanded
 * with Ctrl+Space, or a phrase inserted at the caret from the list. Pure functions.
 */
import type { QuickPhrase } from '../../../db/api/contract';

export interface Edited {
  value: string;
  /** Where the caret goes after the edit. */
  caret: number;
}

const wordChar = /[\p{L}\p{N}]/u;

/**
 * Replaces the short name just before the caret with its phrase. The short name must be a whole
 * word (matched ignoring case): nothing of the same word may follow the caret, and it must not be
 * the end of a longer word. Null when no phrase matches.
 */
export function expandQuickPhrase(value: string, caret: number, phrases: readonly QuickPhrase[]): Edited | null {
  const after = value.charAt(caret);
  if (after !== '' && !/\s/.test(after)) return null;
  const before = value.slice(0, caret);
  const run = /\S*$/.exec(before)?.[0] ?? '';
  if (run === '') return null;
  const longestFirst = [...phrases].sort((a, b) => b.trigger.length - a.trigger.length);
  for (const phrase of longestFirst) {
    const trigger = phrase.trigger.trim();
    if (trigger === '' || trigger.length > run.length) continue;
    const tail = run.slice(run.length - trigger.length);
    if (tail.toLocaleLowerCase() !== trigger.toLocaleLowerCase()) continue;
    // "(tp" expands "tp"; "xtp" does not.
    const prior = run.charAt(run.length - trigger.length - 1);
    if (prior !== '' && wordChar.test(prior) && wordChar.test(trigger.charAt(0))) continue;
    const start = caret - trigger.length;
    return { value: value.slice(0, start) + phrase.text + value.slice(caret), caret: start + phrase.text.length };
  }
  return null;
}

/** Puts text at the caret (replacing any selection), with a space before it when needed. */
export function insertAtCaret(value: string, start: number, end: number, text: string): Edited {
  const before = value.slice(0, start);
  const gap = before === '' || /\s$/.test(before) ? '' : ' ';
  const inserted = gap + text;
  return { value: before + inserted + value.slice(end), caret: start + inserted.length };
}

/** Adds a paragraph to the end of a note (the chart findings), on a new line. */
export function appendParagraph(value: string, text: string): string {
  const trimmed = value.replace(/\s+$/, '');
  return trimmed === '' ? text : `${trimmed}\n${text}`;
}
