import { ChartWorkspace } from '../chart/ui/ChartWorkspace';
import { BackLink } from '../components/BackLink';
import { ContraindicationsPanel } from '../components/clients/ContraindicationsPanel';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { StatusBadge } from '../components/sessions/StatusBadge';
import { useApiQuery } from '../hooks/useApiQuery';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { formatDateTime, formatDuration, fullName } from '../lib/format';

export function SessionPage({ id }: { id: string }) {
  const session = useApiQuery('sessions.get', { id });
  const clientId = session.data?.clientId;
  const client = useApiQuery('clients.get', clientId ? { id: clientId } : null);
  const name = client.data ? fullName(client.data) : null;
  useDocumentTitle(name ? `Session with ${name}` : 'Session');

  if (!session.data || !client.data) {
    const loading = session.loading || client.loading;
    return (
      <>
        <BackLink href={clientId ? `/clients/${clientId}` : '/'}>
          {clientId ? 'Back to client' : 'Back to client list'}
        </BackLink>
        {loading ? <Loading label="Loading session…" /> : <EmptyState title="This session could not be opened" />}
      </>
    );
  }

  const { startedAt, durationMinutes, status } = session.data;
  return (
    <>
      <BackLink href={`/clients/${client.data.id}`}>{`Back to ${name ?? 'client'}`}</BackLink>
      <PageHeader
        title={name}
        subtitle={
          <span className="session-summary">
            <time dateTime={startedAt}>{formatDateTime(startedAt)}</time>
            <span aria-hidden="true">·</span>
            <span>{formatDuration(durationMinutes)}</span>
            <StatusBadge status={status} />
          </span>
        }
      />
      <ContraindicationsPanel text={client.data.contraindications} />
      <ChartWorkspace sessionId={session.data.id} />
    </>
  );
}
