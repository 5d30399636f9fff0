import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ClientListPage } from '../pages/ClientListPage';
import { ClientPage } from '../pages/ClientPage';
import { EditClientPage } from '../pages/EditClientPage';
import { NewClientPage } from '../pages/NewClientPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Loading } from '../components/Loading';
import { AlertProvider } from './alert';
import { Shell } from './Shell';

/*
 * The pages a therapist meets first (the client list, a client, the client form) are in the
 * main bundle. The rest load when first visited: the chart (Konva), the progress plots
 * (Recharts), the note and the handout would otherwise be parsed before the list could show.
 */
const ProgressPage = lazy(() => import('../pages/ProgressPage').then((m) => ({ default: m.ProgressPage })));
const ProgressReportPage = lazy(() =>
  import('../pages/ProgressReportPage').then((m) => ({ default: m.ProgressReportPage })),
);
const ComparePage = lazy(() => import('../pages/ComparePage').then((m) => ({ default: m.ComparePage })));
const ExerciseLibraryPage = lazy(() =>
  import('../pages/ExerciseLibraryPage').then((m) => ({ default: m.ExerciseLibraryPage })),
);
const HandoutPage = lazy(() => import('../pages/HandoutPage').then((m) => ({ default: m.HandoutPage })));
const HomeCarePage = lazy(() => import('../pages/HomeCarePage').then((m) => ({ default: m.HomeCarePage })));
const SessionNotePage = lazy(() => import('../pages/SessionNotePage').then((m) => ({ default: m.SessionNotePage })));
const SessionPage = lazy(() => import('../pages/SessionPage').then((m) => ({ default: m.SessionPage })));
const DataPage = lazy(() => import('../pages/DataPage').then((m) => ({ default: m.DataPage })));
const SettingsPage = lazy(() => import('../pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));

/**
 * Routes live in the URL's hash (`#/clients/…`), so the page's own address, and with it the
 * `?token=` of the browser transport, never changes.
 */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <AlertProvider>
        <Shell>
          <Suspense fallback={<Loading label="Loading…" />}>
            <Switch>
              <Route path="/">
                <ClientListPage />
              </Route>
              <Route path="/clients/new">
                <NewClientPage />
              </Route>
              <Route path="/clients/:id/progress/report">
                {({ id }) => <ProgressReportPage key={id} clientId={id} />}
              </Route>
              <Route path="/clients/:id/progress">{({ id }) => <ProgressPage key={id} clientId={id} />}</Route>
              <Route path="/clients/:id/compare">{({ id }) => <ComparePage key={id} clientId={id} />}</Route>
              <Route path="/clients/:id/edit">{({ id }) => <EditClientPage key={id} id={id} />}</Route>
              <Route path="/clients/:id">{({ id }) => <ClientPage key={id} id={id} />}</Route>
              <Route path="/sessions/:id/home-care">{({ id }) => <HomeCarePage key={id} id={id} />}</Route>
              <Route path="/sessions/:id/handout">{({ id }) => <HandoutPage key={id} sessionId={id} />}</Route>
              <Route path="/handouts/:id">{({ id }) => <HandoutPage key={id} handoutId={id} />}</Route>
              <Route path="/exercises">
                <ExerciseLibraryPage />
              </Route>
              <Route path="/sessions/:id/note">{({ id }) => <SessionNotePage key={id} id={id} />}</Route>
              <Route path="/sessions/:id">{({ id }) => <SessionPage key={id} id={id} />}</Route>
              <Route path="/data">
                <DataPage />
              </Route>
              <Route path="/settings">
                <SettingsPage />
              </Route>
              <Route>
                <NotFoundPage />
              </Route>
            </Switch>
          </Suspense>
        </Shell>
      </AlertProvider>
    </Router>
  );
}
