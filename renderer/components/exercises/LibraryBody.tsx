import type { ReactNode } from 'react';
import type { Exercise } from '../../../db/api/contract';
import { EmptyState } from '../EmptyState';
import { ExerciseTable } from './ExerciseTable';
import type { RowHandlers } from './columns';
import type { ExerciseFilter } from './filter';

interface Props extends RowHandlers {
  /** Every exercise, hidden and retired included. */
  all: Exercise[];
  /** The exercises left after the boxes, the filters and the search. */
  visible: Exercise[];
  filter: ExerciseFilter;
  newExerciseButton: ReactNode;
  onClearFilter: () => void;
}

/** The table, or the right empty state when there is nothing to show. */
export function LibraryBody({ all, visible, filter, newExerciseButton, onClearFilter, ...handlers }: Props) {
  if (all.length === 0) {
    return (
      <EmptyState title="No exercises yet" action={newExerciseButton}>
        Add the exercises you give clients to do at home, with their steps and usual dose.
      </EmptyState>
    );
  }

  if (visible.length > 0) return <ExerciseTable exercises={visible} {...handlers} />;

  const leftOut = all.some((e) => (e.hidden && !filter.showHidden) || (e.retiredAt !== null && !filter.showRetired));
  const filtered = filter.search.trim() !== '' || filter.region !== '' || filter.muscle !== '';
  return (
    <EmptyState
      title={filtered ? 'No exercises match' : 'Every exercise is hidden or retired'}
      action={
        filtered ? (
          <button type="button" className="button" onClick={onClearFilter}>
            Clear search and filters
          </button>
        ) : undefined
      }
    >
      {filtered && 'Search looks at names, body regions and target muscles.'}
      {leftOut && ' Hidden and retired exercises are left out unless Show hidden or Show retired is ticked.'}
    </EmptyState>
  );
}
