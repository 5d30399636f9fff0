import { useCallback, useRef } from 'react';
import { Link } from 'wouter';
import type { Client, QuickPhrase, Session, Settings } from '../../db/api/contract';
import { api } from '../api/client';
import { ChartWorkspace } from '../chart/ui/ChartWorkspace';
import { BackLink } from '../components/BackLink';
import { ContraindicationsPanel } from '../components/clients/ContraindicationsPanel';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { NdiQuestionnaire } from '../components/ndi';
import { PageHeader } from '../components/PageHeader';
import {
  AppointmentFields,
  DraftSaveStatus,
  Measures,
  PerpetuatingFactors,
  RedFlagScreen,
  SoapNote,
  useSessionDraft,
} from '../components/session-record';
import { StatusBadge } from '../components/sessions/StatusBadge';
import { Amendments } from '../components/signing/Amendments';
import { SignPanel } from '../components/signing/SignPanel';
import { useApiQuery } from '../hooks/useApiQuery';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { formatDateTime, formatDuration, fullName } from '../lib/format';

export function SessionPage({ id }: { id: string }) {
  const session = useApiQuery('sessions.get', { id });
  const clientId = session.data?.clientId;
  const client = useApiQuery('clients.get', clientId ? { id: clientId } : null);
  const settings = useApiQuery('settings.get', {});
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
  return <SessionRecord initial={session.data} client={client.data} settings={settings.data} />;
}

const NO_PHRASES: QuickPhrase[] = [];

interface RecordProps {
  initial: Session;
  client: Client;
  /** Quick phrases and who signs; undefined while loading. */
  settings: Settings | undefined;
}

/**
 * One appointment's whole record: the red-flag screen first, then the chart, the note and the
 * measures, all saving themselves; signing locks it, and corrections become amendments.
 */
function SessionRecord({ initial, client, settings }: RecordProps) {
  const draft = useSessionDraft(initial);
  const { session } = draft;
  const chartFlush = useRef<(() => Promise<boolean>) | null>(null);
  // Before signing: the note and the chart both saved, or no signing.
  const { flush: flushNote } = draft;
  const flushAll = useCallback(
    async () => (await flushNote()) && (chartFlush.current ? await chartFlush.current() : true),
    [flushNote],
  );
  const getChart = useCallback(() => api.call('chart.get', { sessionId: initial.id }), [initial.id]);
  const name = fullName(client);
  const signed = session.status === 'signed';

  return (
    <div className="session-page">
      <BackLink href={`/clients/${client.id}`}>{`Back to ${name}`}</BackLink>
      <PageHeader
        title={name}
        subtitle={
          <span className="session-summary">
            <time dateTime={session.startedAt}>{formatDateTime(session.startedAt)}</time>
            <span aria-hidden="true">·</span>
            <span>{formatDuration(session.durationMinutes)}</span>
            <StatusBadge status={session.status} />
            {!signed && <DraftSaveStatus draft={draft} />}
          </span>
        }
        actions={
          <>
            <Link href={`/sessions/${session.id}/home-care`} className="button">
              Home care
            </Link>
            <Link href={`/sessions/${session.id}/note`} className="button">
              Print or export note
            </Link>
          </>
        }
      />
      <ContraindicationsPanel text={client.contraindications} />
      <RedFlagScreen draft={draft} />
      {/* A new chart after signing, so it loads read-only. */}
      <ChartWorkspace key={session.status} sessionId={session.id} flushRef={chartFlush} />
      <div className="session-columns">
        <SoapNote draft={draft} quickPhrases={settings?.quickPhrases ?? NO_PHRASES} getChart={getChart} />
        <div className="session-columns__side">
          <Measures draft={draft} />
          <NdiQuestionnaire draft={draft} clientId={session.clientId} />
          <PerpetuatingFactors draft={draft} />
          <AppointmentFields draft={draft} />
        </div>
      </div>
      <SignPanel
        session={session}
        flush={flushAll}
        onSigned={draft.replace}
        practitionerName={settings?.practitioner.name}
      />
      {signed && <Amendments session={session} />}
    </div>
  );
}
