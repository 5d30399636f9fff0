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
  type Header,
  type SortingState,
} from '@tanstack/react-table';
import { useState, type MouseEvent } from 'react';
import type { Exercise } from '../../../db/api/contract';
import { exerciseColumns, type RowHandlers } from './columns';
import './exercises.css';

function ariaSort(header: Header<Exercise, unknown>) {
  if (!header.column.getCanSort()) return undefined;
  const sorted = header.column.getIsSorted();
  if (sorted === 'asc') return 'ascending';
  if (sorted === 'desc') return 'descending';
  return 'none';
}

function SortIcon({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <svg className={`sort-icon sort-icon--${direction || 'none'}`} viewBox="0 0 10 14" aria-hidden="true">
      <path className="sort-icon__up" d="M5 1 9 5.5H1z" />
      <path className="sort-icon__down" d="M5 13 1 8.5h8z" />
    </svg>
  );
}

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
                {header.column.getCanSort() ? (
                  <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <SortIcon direction={header.column.getIsSorted()} />
                  </button>
                ) : (
                  <span className="exercise-table__plain-header">
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </span>
                )}
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
