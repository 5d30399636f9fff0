import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ClientListPage } from '../pages/ClientListPage';
import { ClientPage } from '../pages/ClientPage';
import { EditClientPage } from '../pages/EditClientPage';
import { NewClientPage } from '../pages/NewClientPage';
import { ProgressPage } from '../pages/ProgressPage';
import { ProgressReportPage } from '../pages/ProgressReportPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ComparePage } from '../pages/ComparePage';
import { ExerciseLibraryPage } from '../pages/ExerciseLibraryPage';
import { HandoutPage } from '../pages/HandoutPage';
import { HomeCarePage } from '../pages/HomeCarePage';
import { SessionNotePage } from '../pages/SessionNotePage';
import { SessionPage } from '../pages/SessionPage';
import { SettingsPage } from '../pages/SettingsPage';
import { AlertProvider } from './alert';
import { Shell } from './Shell';

/**
 * Routes live in the URL's hash (`#/clients/…`), so the page's own address, and with it the
 * `?token=` of the browser transport, never changes.
 */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <AlertProvider>
        <Shell>
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
            <Route path="/settings">
              <SettingsPage />
            </Route>
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </Shell>
      </AlertProvider>
    </Router>
  );
}
