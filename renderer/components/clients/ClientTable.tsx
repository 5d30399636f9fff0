/**
 * The client list table: sortable headers (buttons inside <th> with aria-sort), the name as a
 * link to the client, and a click anywhere on the row opening the client too.
 */
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useState, type MouseEvent } from 'react';
import { useLocation } from 'wouter';
import type { ClientSummary } from '../../../db/api/contract';
import { ariaSort, HeaderLabel } from '../table/sorting';
import { clientColumns } from './columns';

const numericColumns = new Set(['visits']);

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
                <HeaderLabel header={header} />
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
