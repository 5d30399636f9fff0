import { useMemo } from 'react';
import { Link } from 'wouter';
import type { ChartMark, Client, Exercise, HomeCarePlan } from '../../db/api/contract';
import { BackLink } from '../components/BackLink';
import { EmptyState } from '../components/EmptyState';
import { ExercisePicker } from '../components/home-care/ExercisePicker';
import { HandoutsGiven } from '../components/home-care/HandoutsGiven';
import { PlanItems } from '../components/home-care/PlanItems';
import { PointsPicker } from '../components/home-care/PointsPicker';
import { usePlanDraft } from '../components/home-care/usePlanDraft';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { useApiQuery } from '../hooks/useApiQuery';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { fromLocalInput, toLocalInput } from '../lib/datetime';
import { fullName } from '../lib/format';
import '../components/home-care/home-care.css';

const statusText = { saved: 'Plan saved', saving: 'Saving plan…', error: 'Plan not saved' } as const;

/** The home-care plan of a session: exercises and doses, the client's own points, a note, the next visit. */
export function HomeCarePage({ id }: { id: string }) {
  const session = useApiQuery('sessions.get', { id });
  const clientId = session.data?.clientId;
  const client = useApiQuery('clients.get', clientId ? { id: clientId } : null);
  const plan = useApiQuery('homeCare.get', { sessionId: id });
  const chart = useApiQuery('chart.get', { sessionId: id });
  const exercises = useApiQuery('exercises.list', { includeHidden: true, includeRetired: true });
  useDocumentTitle(client.data ? `Home care for ${fullName(client.data)}` : 'Home care');

  if (!client.data || !plan.data || !chart.data || !exercises.data) {
    const loading = session.loading || client.loading || plan.loading || chart.loading || exercises.loading;
    return (
      <>
        <BackLink href={`/sessions/${id}`}>Back to session</BackLink>
        {loading ? <Loading label="Loading home care…" /> : <EmptyState title="Home care could not be opened" />}
      </>
    );
  }
  return (
    <PlanEditor key={id} client={client.data} initial={plan.data} marks={chart.data.marks} exercises={exercises.data} />
  );
}

interface EditorProps {
  client: Client;
  initial: HomeCarePlan;
  marks: ChartMark[];
  exercises: Exercise[];
}

function PlanEditor({ client, initial, marks, exercises }: EditorProps) {
  const { plan, status, change } = usePlanDraft(initial);
  const editable = initial.editable;
  // Names from the library; a signed plan's as they were when it was signed.
  const byId = useMemo(() => {
    const names = new Map<string, { name: string }>(exercises.map((e) => [e.id, e]));
    if (!editable) for (const e of initial.exercises) names.set(e.exerciseId, e);
    return names;
  }, [exercises, editable, initial.exercises]);
  const chosen = useMemo(() => new Set(plan.items.map((i) => i.exerciseId)), [plan.items]);
  const sessionId = initial.sessionId;

  const add = (e: Exercise) =>
    change((p) => ({
      ...p,
      items: [
        ...p.items,
        {
          exerciseId: e.id,
          position: p.items.length,
          holdSeconds: e.holdSeconds,
          repetitions: e.repetitions,
          sets: e.sets,
          timesPerDay: e.timesPerDay,
          note: '',
        },
      ],
    }));

  return (
    <>
      <BackLink href={`/sessions/${sessionId}`}>Back to session</BackLink>
      <PageHeader
        title={`Home care for ${fullName(client)}`}
        subtitle={
          editable ? (
            <span role="status">{statusText[status]}</span>
          ) : (
            'The session is signed, so its plan is locked. The sheet can still be printed.'
          )
        }
        actions={
          <Link href={`/sessions/${sessionId}/handout`} className="button button--primary">
            Preview handout
          </Link>
        }
      />
      <div className="home-care">
        <ExercisePicker
          exercises={exercises}
          chartedMuscles={initial.chartedMuscles}
          chosen={chosen}
          editable={editable}
          onAdd={add}
        />
        <div className="home-care__plan">
          <section className="card" aria-labelledby="plan-heading">
            <h2 id="plan-heading" className="card__heading">
              The plan
            </h2>
            <PlanItems
              items={plan.items}
              exercises={byId}
              editable={editable}
              onChange={(items) => change((p) => ({ ...p, items }))}
            />
          </section>
          <section className="card" aria-labelledby="points-heading">
            <h2 id="points-heading" className="card__heading">
              Points to press at home
            </h2>
            <PointsPicker
              marks={marks}
              points={plan.points}
              editable={editable}
              onChange={(points) => change((p) => ({ ...p, points }))}
            />
          </section>
          <section className="card" aria-labelledby="extra-heading">
            <h2 id="extra-heading" className="card__heading">
              Note and next visit
            </h2>
            <div className="field">
              <label className="field__label" htmlFor="plan-note">
                Note for the client
              </label>
              <textarea
                id="plan-note"
                rows={3}
                readOnly={!editable}
                value={plan.note}
                maxLength={2000}
                onChange={(e) => change((p) => ({ ...p, note: e.target.value }))}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor="plan-next">
                Next appointment
              </label>
              <input
                id="plan-next"
                type="datetime-local"
                readOnly={!editable}
                value={plan.nextVisitAt ? toLocalInput(plan.nextVisitAt) : ''}
                onChange={(e) => {
                  const value = e.target.value;
                  const iso = value === '' ? null : fromLocalInput(value);
                  if (value === '' || iso) change((p) => ({ ...p, nextVisitAt: iso }));
                }}
              />
            </div>
          </section>
          <HandoutsGiven sessionId={sessionId} />
        </div>
      </div>
    </>
  );
}
