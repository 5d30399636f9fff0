import { createColumnHelper, type SortingFn } from '@tanstack/react-table';
import type { Exercise } from '../../../db/api/contract';
import { compareText } from '../../lib/search';
import { ExerciseBadges } from './ExerciseBadges';
import { ExerciseActions } from './ExerciseActions';
import { formatDose } from './dose';
import type { ExerciseAction } from './options';

const column = createColumnHelper<Exercise>();

const byText =
  (text: (exercise: Exercise) => string): SortingFn<Exercise> =>
  (a, b) =>
    compareText(text(a.original), text(b.original));

export interface RowHandlers {
  selectedId: string | null;
  busy: boolean;
  onSelect: (exercise: Exercise) => void;
  onAction: (action: ExerciseAction, exercise: Exercise) => void;
}

const muscles = (exercise: Exercise) => exercise.targetMuscles.join(', ');

export function exerciseColumns({ selectedId, busy, onSelect, onAction }: RowHandlers) {
  return [
    column.accessor('name', {
      id: 'name',
      header: 'Name',
      sortingFn: byText((e) => e.name),
      cell: ({ row }) => (
        <span className="exercise-name">
          <button
            type="button"
            className="exercise-name__button"
            aria-pressed={row.original.id === selectedId}
            onClick={() => onSelect(row.original)}
          >
            {row.original.name}
          </button>
          <ExerciseBadges exercise={row.original} />
        </span>
      ),
    }),
    column.accessor('bodyRegion', {
      id: 'bodyRegion',
      header: 'Body region',
      sortingFn: byText((e) => e.bodyRegion),
      cell: ({ getValue }) => getValue() || '—',
    }),
    column.accessor(muscles, {
      id: 'targetMuscles',
      header: 'Target muscles',
      sortingFn: byText(muscles),
      cell: ({ getValue }) => getValue() || '—',
    }),
    column.accessor((exercise) => formatDose(exercise), {
      id: 'dose',
      header: 'Usual dose',
      enableSorting: false,
      cell: ({ getValue }) => getValue() || '—',
    }),
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => <ExerciseActions exercise={row.original} busy={busy} onAction={onAction} compact />,
    }),
  ];
}
