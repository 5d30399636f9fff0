/**
 * "Insert phrase": a menu button listing the quick phrases. Arrow keys move, Home/End jump,
 * Enter or a click inserts, Escape closes and returns to the button.
 */
import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { QuickPhrase } from '../../../db/api/contract';

interface Props {
  phrases: readonly QuickPhrase[];
  /** Names the note, for the button: "Insert phrase into Plan". */
  fieldLabel: string;
  onInsert: (text: string) => void;
}

export function PhraseMenu({ phrases, fieldLabel, onInsert }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  // Stable, so the first phrase is focused when the menu opens and not on every render.
  const attachMenu = useCallback((element: HTMLUListElement | null) => {
    menu.current = element;
    element?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, []);

  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const move = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') return setOpen(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <span
      className="phrase-menu"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="button button--quiet record-button phrase-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-label={`Insert phrase into ${fieldLabel}`}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Insert phrase
      </button>
      {open && (
        <ul
          ref={attachMenu}
          id={`${id}-menu`}
          role="menu"
          aria-label={`Quick phrases for ${fieldLabel}`}
          className="phrase-menu__list"
          onKeyDown={onMenuKey}
        >
          {phrases.map((phrase, index) => (
            <li key={`${phrase.trigger}-${index}`} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="phrase-menu__item"
                onClick={() => {
                  setOpen(false);
                  onInsert(phrase.text);
                }}
              >
                <span className="phrase-menu__trigger">{phrase.trigger}</span>
                <span className="phrase-menu__text">{phrase.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
