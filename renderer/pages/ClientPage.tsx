import { useState } from 'react';
import { positiveRedFlags, RED_FLAG_IDS } from '../../db/api/clinical';
import type { SessionListItem } from '../../db/api/contract';
import { Link, useLocation } from 'wouter';
import { api } from '../api/client';
import { useAlert } from '../app/alert';
import { AuditLog } from '../components/audit/AuditLog';
import { Badge } from '../components/Badge';
import { BackLink } from '../components/BackLink';
import { ClientActions } from '../components/clients/ClientActions';
import { ClientDetails } from '../components/clients/ClientDetails';
import { ContraindicationsPanel } from '../components/clients/ContraindicationsPanel';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { ReferralAlert } from '../components/session-record';
import { NewSessionForm } from '../components/sessions/NewSessionForm';
import { SessionList } from '../components/sessions/SessionList';
import { useApiQuery } from '../hooks/useApiQuery';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { fullName } from '../lib/format';

export function ClientPage({ id }: { id: string }) {
  const client = useApiQuery('clients.get', { id });
  const sessions = useApiQuery('sessions.listForClient', { clientId: id });
  const [notice, setNotice] = useState('');
  const [starting, setStarting] = useState(false);
  const [, navigate] = useLocation();
  const { showError, clear } = useAlert();
  useDocumentTitle(client.data ? fullName(client.data) : 'Client');

  if (!client.data) {
    return (
      <>
        <BackLink href="/">Back to client list</BackLink>
        {client.loading ? <Loading label="Loading client…" /> : <EmptyState title="This client could not be opened" />}
      </>
    );
  }

  const data = client.data;
  // The latest red-flag screen that found something, or was answered in full, speaks for the
  // client: a "yes" there shows the referral alert (a half-done screen does not hide it).
  const latestScreen = sessions.data
    ?.filter((s) => positiveRedFlags(s.redFlags).length > 0 || RED_FLAG_IDS.every((id) => s.redFlags[id] === false))
    .reduce<SessionListItem | undefined>((a, s) => (a && a.startedAt > s.startedAt ? a : s), undefined);
  return (
    <>
      <BackLink href="/">Back to client list</BackLink>
      <PageHeader
        title={fullName(data)}
        badges={data.archived && <Badge tone="archived">Archived</Badge>}
        actions={
          <ClientActions
            client={data}
            onChanged={(updated, message) => {
              client.setData(updated);
              setNotice(message);
            }}
            onNewSession={() => setStarting(true)}
          />
        }
      />
      {starting && (
        <NewSessionForm
          onCancel={() => setStarting(false)}
          onStart={async (values) => {
            clear();
            try {
              const session = await api.call('sessions.create', { clientId: id, ...values });
              navigate(`/sessions/${session.id}`);
            } catch (error) {
              showError(error);
            }
          }}
        />
      )}
      <p role="status" className={notice ? 'notice' : 'notice notice--empty'}>
        {notice}
      </p>
      {latestScreen && <ReferralAlert session={latestScreen} />}
      <ContraindicationsPanel text={data.contraindications} />
      <ClientDetails client={data} />
      <section className="card" aria-labelledby="sessions-heading">
        <div className="card__head">
          <h2 id="sessions-heading" className="card__heading">
            Sessions
          </h2>
          {(sessions.data?.length ?? 0) >= 2 && (
            <span className="card__links">
              <Link href={`/clients/${id}/progress`} className="button">
                Progress
              </Link>
              <Link href={`/clients/${id}/compare`} className="button">
                Compare visits
              </Link>
            </span>
          )}
        </div>
        {sessions.data ? (
          <SessionList sessions={sessions.data} />
        ) : sessions.loading ? (
          <Loading label="Loading sessions…" />
        ) : (
          <EmptyState title="Sessions could not be loaded" />
        )}
      </section>
      <AuditLog clientId={id} sessions={sessions.data ?? []} />
    </>
  );
}
