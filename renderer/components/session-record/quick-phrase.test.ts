import { describe, expect, it } from 'vitest';
import { appendParagraph, expandQuickPhrase, insertAtCaret } from './quick-phrase';

const phrases = [
  { trigger: 'utr', text: 'Upper trapezius tight on palpation' },
  { trigger: 'hc', text: 'Home care: chin tucks, 10 reps, 3 times a day' },
  { trigger: 'hcx', text: 'Home care reviewed' },
];

describe('expanding a short name with Ctrl+Space', () => {
  it('replaces the word before the caret and puts the caret after the phrase', () => {
    const value = 'Findings: utr';
    expect(expandQuickPhrase(value, value.length, phrases)).toEqual({
      value: 'Findings: Upper trapezius tight on palpation',
      caret: 'Findings: Upper trapezius tight on palpation'.length,
    });
  });

  it('ignores case, and keeps the text after the caret', () => {
    expect(expandQuickPhrase('UTR then rest', 3, phrases)).toEqual({
      value: 'Upper trapezius tight on palpation then rest',
      caret: 34,
    });
  });

  it('matches whole words only', () => {
    expect(expandQuickPhrase('shutr', 5, phrases)).toBeNull();
    expect(expandQuickPhrase('utrx', 3, phrases)).toBeNull();
    expect(expandQuickPhrase('hcx', 3, phrases)?.value).toBe('Home care reviewed');
    expect(expandQuickPhrase('hc', 2, phrases)?.value).toBe('Home care: chin tucks, 10 reps, 3 times a day');
  });

  it('a short name after punctuation still counts', () => {
    expect(expandQuickPhrase('(utr', 4, phrases)?.value).toBe('(Upper trapezius tight on palpation');
  });

  it('does nothing with no word before the caret or no phrases', () => {
    expect(expandQuickPhrase('utr ', 4, phrases)).toBeNull();
    expect(expandQuickPhrase('', 0, phrases)).toBeNull();
    expect(expandQuickPhrase('utr', 3, [])).toBeNull();
  });
});

describe('inserting a phrase from the list', () => {
  it('goes at the caret with a space before it when the word touches', () => {
    expect(insertAtCaret('Tight', 5, 5, 'in the morning')).toEqual({ value: 'Tight in the morning', caret: 20 });
    expect(insertAtCaret('', 0, 0, 'Rest')).toEqual({ value: 'Rest', caret: 4 });
  });

  it('replaces the selection', () => {
    expect(insertAtCaret('Pain left side', 5, 9, 'right')).toEqual({ value: 'Pain right side', caret: 10 });
  });

  it('chart findings go on a new line after the note', () => {
    expect(appendParagraph('', 'No points charted.')).toBe('No points charted.');
    expect(appendParagraph('Posture: forward head.\n\n', 'Findings.')).toBe('Posture: forward head.\nFindings.');
  });
});
