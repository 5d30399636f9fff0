import type { ReactNode } from 'react';
import type { ClientSummary } from '../../../db/api/contract';
import { EmptyState } from '../EmptyState';
import { ClientTable } from './ClientTable';

interface Props {
  /** Every client, archived included. */
  all: ClientSummary[];
  /** The clients the archive filter leaves. */
  inScope: ClientSummary[];
  /** The clients left after the archive filter and the search. */
  visible: ClientSummary[];
  /** The search as a test of one client. */
  matches: (client: ClientSummary) => boolean;
  search: string;
  showArchived: boolean;
  newClientButton: ReactNode;
  onClearSearch: () => void;
  onShowArchived: () => void;
}

/** The table, or the right empty state when there is nothing to show. */
export function ClientListBody(props: Props) {
  const { all, visible, search, showArchived, newClientButton } = props;

  if (all.length === 0) {
    return (
      <EmptyState title="No clients yet" action={newClientButton}>
        Add your first client to start keeping their details, charts and session notes.
      </EmptyState>
    );
  }

  if (visible.length > 0) return <ClientTable clients={props.inScope} matches={props.matches} />;

  if (search.trim() === '') {
    return (
      <EmptyState
        title="No active clients"
        action={
          <button type="button" className="button" onClick={props.onShowArchived}>
            Show archived clients
          </button>
        }
      >
        Every client is archived.
      </EmptyState>
    );
  }

  const hiddenArchived = !showArchived && all.some((client) => client.archived);
  return (
    <EmptyState
      title={`No clients match “${search.trim()}”`}
      action={
        <button type="button" className="button" onClick={props.onClearSearch}>
          Clear search
        </button>
      }
    >
      Search looks at first and last names and phone numbers.
      {hiddenArchived && ' Archived clients are not included unless Show archived is ticked.'}
    </EmptyState>
  );
}
