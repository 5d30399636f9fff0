/**
 * The exercise list: sortable headers (buttons inside <th> with aria-sort), the name as a button
 * that shows the exercise's details (a click anywhere else on the row does too), and the
 * exercise's actions at the end of its row.
 */
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useState, type MouseEvent } from 'react';
import type { Exercise } from '../../../db/api/contract';
import { ariaSort, HeaderLabel } from '../table/sorting';
import { exerciseColumns, type RowHandlers } from './columns';
import './exercises.css';

function rowClass(exercise: Exercise, selected: boolean): string | undefined {
  const classes = [];
  if (selected) classes.push('is-selected');
  if (exercise.hidden || exercise.retiredAt !== null) classes.push('is-muted');
  return classes.length > 0 ? classes.join(' ') : undefined;
}

interface Props extends RowHandlers {
  exercises: Exercise[];
}

export function ExerciseTable({ exercises, ...handlers }: Props) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the table is rebuilt each render on purpose
  const table = useReactTable({
    data: exercises,
    columns: exerciseColumns(handlers),
    state: { sorting },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.id,
  });

  const selectRow = (event: MouseEvent<HTMLTableRowElement>, exercise: Exercise) => {
    if ((event.target as Element).closest('a, button, input, label, select')) return;
    if (window.getSelection()?.toString()) return; // the therapist is selecting text
    handlers.onSelect(exercise);
  };

  return (
    <table className="data-table exercise-table">
      <caption className="visually-hidden">Exercises</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col" aria-sort={ariaSort(header)} className={`exercise-table__${header.id}`}>
                <HeaderLabel header={header} plainClassName="exercise-table__plain-header" />
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr
            key={row.id}
            className={rowClass(row.original, row.original.id === handlers.selectedId)}
            onClick={(event) => selectRow(event, row.original)}
          >
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
