/**
 * The client list table: sortable headers (buttons inside <th> with aria-sort), the name as a
 * link to the client, and a click anywhere on the row opening the client too.
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
import { useLocation } from 'wouter';
import type { ClientSummary } from '../../../db/api/contract';
import { clientColumns } from './columns';

const numericColumns = new Set(['visits']);

function ariaSort(header: Header<ClientSummary, unknown>) {
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

export function ClientTable({ clients }: { clients: ClientSummary[] }) {
  const [, navigate] = useLocation();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the table is rebuilt each render on purpose
  const table = useReactTable({
    data: clients,
    columns: clientColumns,
    state: { sorting },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.id,
  });

  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if ((event.target as Element).closest('a, button, input, label')) return;
    if (window.getSelection()?.toString()) return; // the therapist is selecting text
    navigate(`/clients/${id}`);
  };

  return (
    <table className="data-table client-table">
      <caption className="visually-hidden">Clients</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th
                key={header.id}
                scope="col"
                aria-sort={ariaSort(header)}
                className={numericColumns.has(header.id) ? 'numeric' : undefined}
              >
                <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                  <SortIcon direction={header.column.getIsSorted()} />
                </button>
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr
            key={row.id}
            className={row.original.archived ? 'is-archived' : undefined}
            onClick={(event) => openRow(event, row.original.id)}
          >
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id} className={numericColumns.has(cell.column.id) ? 'numeric' : undefined}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
