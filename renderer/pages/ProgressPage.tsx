/**
 * A client's progress across visits (`#/clients/:id/progress`): the summary of changes that
 * matter, then pain, active trigger points, the Neck Disability Index, neck range of motion and
 * each trigger-point site, every plot followed by its numbers in a table.
 */
import { Link } from 'wouter';
import { BackLink } from '../components/BackLink';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { ProgressSummary } from '../components/progress/ProgressSummary';
import { hasProgress, progressPeriod } from '../components/progress/progress-data';
import { NdiSection, PainSection, PointsSection, RomSection, SitesSection } from '../components/progress/sections';
import { useApiQuery } from '../hooks/useApiQuery';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { fullName } from '../lib/format';

export function ProgressPage({ clientId }: { clientId: string }) {
  const client = useApiQuery('clients.get', { id: clientId });
  const progress = useApiQuery('progress.get', { clientId });
  const name = client.data ? fullName(client.data) : null;
  useDocumentTitle(name ? `Progress for ${name}` : 'Progress');
  const back = <BackLink href={`/clients/${clientId}`}>Back to client</BackLink>;

  if (!client.data || !progress.data) {
    return (
      <>
        {back}
        {client.loading || progress.loading ? (
          <Loading label="Loading progress…" />
        ) : (
          <EmptyState title="This client's progress could not be opened" />
        )}
      </>
    );
  }

  const data = progress.data;
  const enough = hasProgress(data);
  return (
    <>
      {back}
      <PageHeader
        title={`Progress for ${name}`}
        subtitle={
          data.visits.length === 0
            ? 'No visits yet'
            : `${progressPeriod(data.visits)} · ${data.visits.length} visit${data.visits.length === 1 ? '' : 's'}`
        }
        actions={
          <div className="progress-links">
            <Link href={`/clients/${clientId}/compare`} className="button">
              Compare visits
            </Link>
            {enough && (
              <Link href={`/clients/${clientId}/progress/report`} className="button button--primary">
                Progress report
              </Link>
            )}
          </div>
        }
      />
      {enough ? (
        <>
          <ProgressSummary progress={data} />
          <PainSection progress={data} />
          <PointsSection progress={data} />
          <NdiSection progress={data} />
          <RomSection progress={data} />
          <SitesSection progress={data} />
        </>
      ) : (
        <EmptyState title="Not enough visits to show progress yet">
          {data.visits.length === 0
            ? 'Progress appears here after two visits.'
            : 'There is one visit so far. Progress appears here after the second.'}
        </EmptyState>
      )}
    </>
  );
}
