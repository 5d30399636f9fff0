/**
 * One SOAP note field: a labelled textarea with quick phrases (short name + Ctrl+Space, or the
 * Insert phrase menu), and room for extra actions (the chart findings). Read-only: the text.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { QuickPhrase } from '../../../db/api/contract';
import { useAlert } from '../../app/alert';
import { PhraseMenu } from './PhraseMenu';
import { appendParagraph, expandQuickPhrase, insertAtCaret, type Edited } from './quick-phrase';

/** A button that adds a paragraph at the end of the note (the chart findings). */
export interface AppendAction {
  label: string;
  busyLabel: string;
  /** The paragraph to add; a failure is shown in the alert region. */
  load: () => Promise<string>;
}

interface Props {
  id: string;
  label: string;
  hint: string;
  value: string;
  editable: boolean;
  phrases: readonly QuickPhrase[];
  /** Changes the text; `edit` gets the latest text (typing may have moved on). */
  onEdit: (edit: (current: string) => string) => void;
  onBlur: () => void;
  append?: AppendAction;
}

export function NoteField({ id, label, hint, value, editable, phrases, onEdit, onBlur, append }: Props) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const { showError } = useAlert();

  if (!editable) {
    return (
      <div className="note-field">
        <h3 className="note-field__label">{label}</h3>
        {value.trim() ? (
          <p className="multiline note-field__text">{value}</p>
        ) : (
          <p className="note-field__empty">Nothing written.</p>
        )}
      </div>
    );
  }

  /** Writes the new text now (so the caret can be placed in it) and moves the caret. */
  const apply = (edited: Edited | ((current: string) => Edited)) => {
    let caret = 0;
    flushSync(() =>
      onEdit((current) => {
        const result = typeof edited === 'function' ? edited(current) : edited;
        caret = result.caret;
        return result.value;
      }),
    );
    const element = textarea.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(caret, caret);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!event.ctrlKey || (event.key !== ' ' && event.code !== 'Space')) return;
    event.preventDefault();
    const element = event.currentTarget;
    if (element.selectionStart !== element.selectionEnd) return;
    const expanded = expandQuickPhrase(element.value, element.selectionStart, phrases);
    if (expanded) {
      setNotice(null);
      apply(expanded);
    } else {
      const word = /\S*$/.exec(element.value.slice(0, element.selectionStart))?.[0] ?? '';
      setNotice(word ? `No quick phrase has the short name “${word}”.` : 'Type a short name first.');
    }
  };

  const insert = (text: string) => {
    const element = textarea.current;
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    apply((current) => insertAtCaret(current, Math.min(start, current.length), Math.min(end, current.length), text));
  };

  const appendLoaded = async (action: AppendAction) => {
    setLoading(true);
    try {
      const paragraph = await action.load();
      apply((current) => {
        const next = appendParagraph(current, paragraph);
        return { value: next, caret: next.length };
      });
    } catch (error) {
      showError(error);
    } finally {
      setLoading(false);
    }
  };

  const hintId = `${id}-hint`;
  return (
    <div className="note-field">
      <div className="note-field__head">
        <label className="note-field__label" htmlFor={id}>
          {label}
        </label>
        <span className="note-field__hint" id={hintId}>
          {hint}
        </span>
        <span className="note-field__actions">
          {append && (
            <button
              type="button"
              className="button button--quiet record-button"
              aria-disabled={loading}
              onClick={() => {
                if (!loading) void appendLoaded(append);
              }}
            >
              {loading ? append.busyLabel : append.label}
            </button>
          )}
          {phrases.length > 0 && <PhraseMenu phrases={phrases} fieldLabel={label} onInsert={insert} />}
        </span>
      </div>
      <textarea
        ref={textarea}
        id={id}
        className="note-field__input"
        rows={3}
        value={value}
        aria-describedby={hintId}
        onChange={(event) => {
          setNotice(null);
          const text = event.target.value;
          onEdit(() => text);
        }}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      <p role="status" className="note-field__notice">
        {notice}
      </p>
    </div>
  );
}
