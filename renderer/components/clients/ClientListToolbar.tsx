import { useEffect, useRef } from 'react';
import { registerSearchBox } from '../../app/searchFocus';
import { ariaShortcut, shortcutLabel } from '../../app/shortcuts';

interface Props {
  search: string;
  onSearchChange: (value: string) => void;
  showArchived: boolean;
  onShowArchivedChange: (value: boolean) => void;
  /** Enter in the search box: open the first client listed. */
  onOpenFirst: () => void;
  /** Arrow down in the search box: move into the list. */
  onFocusList: () => void;
}

export function ClientListToolbar({
  search,
  onSearchChange,
  showArchived,
  onShowArchivedChange,
  onOpenFirst,
  onFocusList,
}: Props) {
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(
    () =>
      registerSearchBox(() => {
        searchRef.current?.focus();
        searchRef.current?.select();
      }),
    [],
  );

  return (
    <div className="toolbar">
      <div className="search-box">
        <label htmlFor="client-search" className="visually-hidden">
          Search clients
        </label>
        <svg className="search-box__icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" />
        </svg>
        <input
          ref={searchRef}
          id="client-search"
          type="search"
          className="search-box__input"
          placeholder="Name or phone"
          autoComplete="off"
          spellCheck={false}
          aria-keyshortcuts={ariaShortcut('findClient')}
          value={search}
          onChange={(event) => onSearchChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && search !== '') {
              event.preventDefault();
              onSearchChange('');
            } else if (event.key === 'Enter') {
              event.preventDefault();
              onOpenFirst();
            } else if (event.key === 'ArrowDown') {
              event.preventDefault();
              onFocusList();
            }
          }}
        />
        <kbd className="search-box__shortcut" aria-hidden="true">
          {shortcutLabel('findClient')}
        </kbd>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showArchived}
          onChange={(event) => onShowArchivedChange(event.target.checked)}
        />
        Show archived
      </label>
    </div>
  );
}
