import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { ariaShortcut } from '../app/shortcuts';
import { ClientListBody } from '../components/clients/ClientListBody';
import { ClientListToolbar } from '../components/clients/ClientListToolbar';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { UnsignedSessions } from '../components/sessions/UnsignedSessions';
import { useApiQuery } from '../hooks/useApiQuery';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { clientMatcher } from '../lib/search';

/** The search and the archive filter survive a visit to a client and back. */
const remembered = { search: '', showArchived: false };

function countLabel(shown: number, total: number, archivedHidden: number): string {
  const noun = total === 1 ? 'client' : 'clients';
  const count = shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
  return archivedHidden > 0 ? `${count} · ${archivedHidden} archived not shown` : count;
}

export function ClientListPage() {
  useDocumentTitle('Clients');
  const [, navigate] = useLocation();
  const listRef = useRef<HTMLDivElement>(null);
  const firstClientLink = () => listRef.current?.querySelector<HTMLAnchorElement>('tbody a') ?? undefined;
  const clients = useApiQuery('clients.list', { includeArchived: true });
  const [search, setSearchState] = useState(remembered.search);
  const [showArchived, setShowArchivedState] = useState(remembered.showArchived);

  const setSearch = (value: string) => {
    remembered.search = value;
    setSearchState(value);
  };
  const setShowArchived = (value: boolean) => {
    remembered.showArchived = value;
    setShowArchivedState(value);
  };

  const all = clients.data;
  const inScope = useMemo(() => (all ?? []).filter((client) => showArchived || !client.archived), [all, showArchived]);
  const matches = useMemo(() => clientMatcher(search), [search]);
  const visible = useMemo(() => inScope.filter(matches), [inScope, matches]);

  const newClientButton = (
    <button
      type="button"
      className="button button--primary"
      aria-keyshortcuts={ariaShortcut('newClient')}
      onClick={() => navigate('/clients/new')}
    >
      New client
    </button>
  );
  const hasClients = all !== undefined && all.length > 0;

  // Enter pressed before the list has loaded (Ctrl+F, type, Enter in one breath) opens the first
  // match as soon as it is there.
  const openWhenLoaded = useRef(false);
  const openFirst = () => {
    const link = firstClientLink();
    if (link) link.click();
    else openWhenLoaded.current = all === undefined;
  };
  useEffect(() => {
    if (all === undefined || !openWhenLoaded.current) return;
    openWhenLoaded.current = false;
    firstClientLink()?.click();
  }, [all]);

  return (
    <>
      <PageHeader
        title="Clients"
        subtitle={
          hasClients ? (
            <span role="status">{countLabel(visible.length, inScope.length, (all?.length ?? 0) - inScope.length)}</span>
          ) : undefined
        }
        actions={all?.length === 0 ? undefined : newClientButton}
      />
      <UnsignedSessions />
      <ClientListToolbar
        search={search}
        onSearchChange={setSearch}
        showArchived={showArchived}
        onShowArchivedChange={setShowArchived}
        onOpenFirst={openFirst}
        onFocusList={() => firstClientLink()?.focus()}
      />
      {all === undefined ? (
        clients.loading ? (
          <Loading label="Loading clients…" />
        ) : (
          <EmptyState
            title="The client list could not be loaded"
            action={
              <button type="button" className="button" onClick={clients.reload}>
                Try again
              </button>
            }
          />
        )
      ) : (
        <div ref={listRef}>
          <ClientListBody
            all={all}
            inScope={inScope}
            visible={visible}
            matches={matches}
            search={search}
            showArchived={showArchived}
            newClientButton={newClientButton}
            onClearSearch={() => setSearch('')}
            onShowArchived={() => setShowArchived(true)}
          />
        </div>
      )}
    </>
  );
}
