/**
 * Compare visits (`#/clients/:id/compare`): any two of a client's visits, their charts side by
 * side or overlaid, each point marked new, still present (with its change in tenderness) or
 * resolved, followed across visits by its site. The choice of visits is kept in the page (the
 * hash router's query would replace the address's own `?token=`); it starts with the first and
 * the latest visit.
 */
import { useMemo, useState } from 'react';
import type { SessionListItem, ViewId } from '../../db/api/contract';
import { BackLink } from '../components/BackLink';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { CompareControls } from '../components/compare/CompareControls';
import { CompareFigures } from '../components/compare/CompareFigures';
import { CompareLists } from '../components/compare/CompareLists';
import { busiestView, viewsWithPoints, type CompareLayout } from '../components/compare/compare-scene';
import { compareCharts } from '../components/compare/diff';
import { useApiQuery } from '../hooks/useApiQuery';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { formatDateTime, fullName } from '../lib/format';
import '../components/compare/compare.css';

export function ComparePage({ clientId }: { clientId: string }) {
  const client = useApiQuery('clients.get', { id: clientId });
  const sessions = useApiQuery('sessions.listForClient', { clientId });
  useDocumentTitle(client.data ? `Compare visits – ${fullName(client.data)}` : 'Compare visits');
  const back = <BackLink href={`/clients/${clientId}`}>Back to client</BackLink>;

  if (!client.data || !sessions.data) {
    return (
      <>
        {back}
        {client.loading || sessions.loading ? (
          <Loading label="Loading visits…" />
        ) : (
          <EmptyState title="The visits could not be opened" />
        )}
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeader title="Compare visits" subtitle={fullName(client.data)} />
      {sessions.data.length < 2 ? (
        <EmptyState title="Two visits are needed to compare">
          {sessions.data.length === 1
            ? 'This client has one visit so far. After the next one, the two charts can be compared here.'
            : 'This client has no visits yet.'}
        </EmptyState>
      ) : (
        <VisitComparison sessions={sessions.data} />
      )}
    </>
  );
}

/** `sessions` newest first, at least two. */
function VisitComparison({ sessions }: { sessions: SessionListItem[] }) {
  const [pickedEarlier, setEarlier] = useState<string | null>(null);
  const [pickedLater, setLater] = useState<string | null>(null);
  const [layout, setLayout] = useState<CompareLayout>('side');
  const [pickedView, setView] = useState<ViewId | null>(null);

  const byId = new Map(sessions.map((s) => [s.id, s]));
  const first = sessions[sessions.length - 1] as SessionListItem;
  const latest = sessions[0] as SessionListItem;
  const chosenEarlier = (pickedEarlier && byId.get(pickedEarlier)) || first;
  const chosenLater = (pickedLater && byId.get(pickedLater)) || latest;
  // Compared in date order, whichever way round they were chosen.
  const swapped = chosenEarlier.startedAt > chosenLater.startedAt;
  const [earlier, later] = swapped ? [chosenLater, chosenEarlier] : [chosenEarlier, chosenLater];
  const same = earlier.id === later.id;

  const earlierChart = useApiQuery('chart.get', same ? null : { sessionId: earlier.id });
  const laterChart = useApiQuery('chart.get', same ? null : { sessionId: later.id });
  const earlierMarks = earlierChart.data?.sessionId === earlier.id ? earlierChart.data.marks : null;
  const laterMarks = laterChart.data?.sessionId === later.id ? laterChart.data.marks : null;
  const comparison = useMemo(
    () => (earlierMarks && laterMarks ? compareCharts(earlierMarks, laterMarks) : null),
    [earlierMarks, laterMarks],
  );
  const views = useMemo(() => (comparison ? viewsWithPoints(comparison) : []), [comparison]);
  const viewId = views.some((v) => v.viewId === pickedView) ? pickedView : busiestView(views);

  const earlierName = `Earlier visit, ${formatDateTime(earlier.startedAt)}`;
  const laterName = `Later visit, ${formatDateTime(later.startedAt)}`;

  let body;
  if (same) {
    body = <EmptyState title="Choose two different visits to compare" />;
  } else if (!comparison) {
    body =
      earlierChart.loading || laterChart.loading ? (
        <Loading label="Loading the charts…" />
      ) : (
        <EmptyState title="The charts could not be opened" />
      );
  } else {
    body = (
      <>
        {viewId ? (
          <CompareFigures
            comparison={comparison}
            viewId={viewId}
            layout={layout}
            visits={{ earlier: earlierName, later: laterName }}
          />
        ) : (
          <EmptyState title="Neither visit has points on the chart" />
        )}
        <CompareLists comparison={comparison} />
      </>
    );
  }

  return (
    <div className="compare">
      <CompareControls
        sessions={sessions}
        earlierId={chosenEarlier.id}
        laterId={chosenLater.id}
        onEarlier={setEarlier}
        onLater={setLater}
        layout={layout}
        onLayout={setLayout}
        views={views}
        viewId={same ? null : viewId}
        onView={setView}
      />
      {swapped && (
        <p className="compare-muted" role="status">
          The visit chosen as earlier came after the other one: they are compared in date order.
        </p>
      )}
      {body}
    </div>
  );
}
