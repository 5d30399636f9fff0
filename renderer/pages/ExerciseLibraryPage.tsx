/**
 * The exercise library: the built-in exercises and the therapist's own, searchable and filtered
 * by body region and muscle; the selected exercise in full beside the list; and the form for a
 * new exercise or one of the therapist's own. Built-in exercises are copied to be changed.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Exercise, ExerciseFields } from '../../db/api/contract';
import { api } from '../api/client';
import { useAlert } from '../app/alert';
import { EmptyState } from '../components/EmptyState';
import { ExerciseDetails } from '../components/exercises/ExerciseDetails';
import { ExerciseEditor, type EditorMode } from '../components/exercises/ExerciseEditor';
import { ExerciseToolbar } from '../components/exercises/ExerciseToolbar';
import {
  countLabel,
  filterExercises,
  inScope,
  musclesOf,
  NO_FILTER,
  regionsOf,
  upsertExercise,
  type ExerciseFilter,
} from '../components/exercises/filter';
import { LibraryBody } from '../components/exercises/LibraryBody';
import { copiedNotice, hiddenNotice, retiredNotice, savedNotice } from '../components/exercises/notices';
import type { ExerciseAction } from '../components/exercises/options';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { useApiQuery } from '../hooks/useApiQuery';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

/** The filters and the selection survive a visit elsewhere and back. */
const remembered: { filter: ExerciseFilter; selectedId: string | null } = { filter: NO_FILTER, selectedId: null };

type Mode = { kind: 'library' } | EditorMode;

interface FocusRequest {
  target: 'details' | 'newButton';
  /** Counts the requests, so the same target can be asked for twice. */
  n: number;
}

const FOCUS_IDS: Record<FocusRequest['target'], string> = {
  details: 'exercise-details-heading',
  newButton: 'new-exercise-button',
};

function titleOf(mode: Mode): string {
  if (mode.kind === 'new') return 'New exercise';
  if (mode.kind === 'edit') return `Edit ${mode.exercise.name}`;
  return 'Exercises';
}

export function ExerciseLibraryPage() {
  const list = useApiQuery('exercises.list', { includeHidden: true, includeRetired: true });
  const { showError, clear } = useAlert();
  const [filter, setFilterState] = useState(remembered.filter);
  const [selectedId, setSelectedIdState] = useState(remembered.selectedId);
  const [mode, setMode] = useState<Mode>({ kind: 'library' });
  const [notice, setNotice] = useState('');
  const [confirmingRetire, setConfirmingRetire] = useState(false);
  const [busy, setBusy] = useState(false);
  /** Where the focus goes once the row, the form or the question it was in has gone. */
  const [focus, setFocus] = useState<FocusRequest>({ target: 'details', n: 0 });
  const moveFocus = (target: FocusRequest['target']) => setFocus((f) => ({ target, n: f.n + 1 }));
  useDocumentTitle(titleOf(mode));
  useEffect(() => {
    if (focus.n > 0) document.getElementById(FOCUS_IDS[focus.target])?.focus();
  }, [focus]);

  const setFilter = (value: ExerciseFilter) => {
    remembered.filter = value;
    setFilterState(value);
  };
  const select = (id: string | null) => {
    remembered.selectedId = id;
    setSelectedIdState(id);
    setConfirmingRetire(false);
  };

  const all = list.data;
  const visible = useMemo(() => filterExercises(all ?? [], filter), [all, filter]);
  const scopedCount = useMemo(() => (all ?? []).filter((e) => inScope(e, filter)).length, [all, filter]);
  const regions = useMemo(() => regionsOf(all ?? []), [all]);
  const muscles = useMemo(() => musclesOf(all ?? []), [all]);
  const selected = all?.find((e) => e.id === selectedId);

  const store = (exercise: Exercise) => list.setData(upsertExercise(all ?? [], exercise));

  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    clear();
    try {
      await work();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  const openForm = (next: Mode) => {
    clear();
    setNotice('');
    setConfirmingRetire(false);
    setMode(next);
  };

  const onAction = (action: ExerciseAction, exercise: Exercise) => {
    switch (action) {
      case 'edit':
        openForm({ kind: 'edit', exercise });
        return;
      case 'duplicate':
        void run(async () => {
          const copy = await api.call('exercises.duplicate', { id: exercise.id });
          store(copy);
          select(copy.id);
          openForm({ kind: 'edit', exercise: copy, copiedFrom: exercise.name });
        });
        return;
      case 'hide':
      case 'show':
        void run(async () => {
          const updated = await api.call('exercises.setHidden', { id: exercise.id, hidden: action === 'hide' });
          store(updated);
          select(updated.id);
          setNotice(hiddenNotice(updated, filter.showHidden));
          // A row that leaves the list takes the focus with it: the details keep the exercise.
          const inDetails = document.getElementById('exercise-details')?.contains(document.activeElement);
          if (!inScope(updated, filter) && !inDetails) moveFocus('details');
        });
        return;
      case 'retire':
        select(exercise.id);
        setConfirmingRetire(true);
        return;
    }
  };

  const retire = (exercise: Exercise) =>
    void run(async () => {
      const updated = await api.call('exercises.retire', { id: exercise.id });
      store(updated);
      setConfirmingRetire(false);
      setNotice(retiredNotice(updated));
      moveFocus('details');
    });

  const backToLibrary = (id: string | null) => {
    setMode({ kind: 'library' });
    if (id) select(id);
    moveFocus(id ? 'details' : 'newButton');
  };

  const save = async (fields: ExerciseFields) => {
    clear();
    try {
      const saved =
        mode.kind === 'edit'
          ? await api.call('exercises.update', { id: mode.exercise.id, ...fields })
          : await api.call('exercises.create', fields);
      store(saved);
      setNotice(savedNotice(saved, mode.kind === 'new'));
      backToLibrary(saved.id);
    } catch (error) {
      showError(error);
    }
  };

  if (mode.kind !== 'library') {
    return (
      <ExerciseEditor
        mode={mode}
        knownRegions={regions}
        onSubmit={save}
        onCancel={() => {
          if (mode.kind === 'edit' && mode.copiedFrom) setNotice(copiedNotice(mode.exercise));
          backToLibrary(mode.kind === 'edit' ? mode.exercise.id : null);
        }}
      />
    );
  }

  const newExerciseButton = (
    <button
      id={FOCUS_IDS.newButton}
      type="button"
      className="button button--primary"
      onClick={() => openForm({ kind: 'new' })}
    >
      New exercise
    </button>
  );

  return (
    <>
      <PageHeader
        title="Exercises"
        subtitle={
          all && all.length > 0 ? (
            <span role="status">{countLabel(visible.length, scopedCount, all.length - scopedCount)}</span>
          ) : undefined
        }
        actions={all?.length === 0 ? undefined : newExerciseButton}
      />
      <p role="status" className={notice ? 'notice' : 'notice notice--empty'}>
        {notice}
      </p>
      <ExerciseToolbar filter={filter} onChange={setFilter} regions={regions} muscles={muscles} />
      {all === undefined ? (
        list.loading ? (
          <Loading label="Loading exercises…" />
        ) : (
          <EmptyState
            title="The exercise library could not be loaded"
            action={
              <button type="button" className="button" onClick={list.reload}>
                Try again
              </button>
            }
          />
        )
      ) : (
        <div className={selected ? 'exercise-library exercise-library--with-details' : 'exercise-library'}>
          <div className="exercise-library__list">
            <LibraryBody
              all={all}
              visible={visible}
              filter={filter}
              newExerciseButton={newExerciseButton}
              onClearFilter={() => setFilter({ ...filter, search: '', region: '', muscle: '' })}
              selectedId={selectedId}
              busy={busy}
              onSelect={(exercise) => select(exercise.id)}
              onAction={onAction}
            />
          </div>
          {selected && (
            <ExerciseDetails
              exercise={selected}
              busy={busy}
              confirmingRetire={confirmingRetire}
              onAction={onAction}
              onConfirmRetire={() => retire(selected)}
              onCancelRetire={() => {
                setConfirmingRetire(false);
                moveFocus('details');
              }}
            />
          )}
        </div>
      )}
    </>
  );
}
