/**
 * The session's marks as a table beside the chart: selecting a row selects the point and the
 * reverse; pressure and tenderness can be edited in place; sort by muscle or tenderness.
 */
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChartMark } from '../../../db/api/contract';
import { getView } from '../artwork';
import type { ChartModel, MarkPatch } from '../model';
import { markName } from './MarkInspector';
import { kindLabel } from './symbols';

function ScoreCell({
  label,
  value,
  disabled,
  onCommit,
}: {
  label: string;
  value: number | null;
  disabled: boolean;
  onCommit: (v: number | null) => void;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value === null ? '' : String(value));
  }
  return (
    <input
      className="cell-input"
      type="text"
      inputMode="numeric"
      aria-label={label}
      value={text}
      disabled={disabled}
      onFocus={(e) => e.currentTarget.select()}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => {
        const t = e.target.value.trim();
        setText(e.target.value);
        if (t === '') onCommit(null);
        else if (/^\d+$/.test(t) && Number(t) <= 10) onCommit(Number(t));
      }}
    />
  );
}

const column = createColumnHelper<ChartMark>();
const sideShort = { left: 'L', right: 'R', midline: 'Mid' } as const;

export function MarksTable({
  model,
  revision,
  onMessage,
}: {
  model: ChartModel;
  revision: number;
  onMessage: (m: string | null) => void;
}) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- revision is the model's change counter
  const marks = useMemo(() => [...model.visibleMarks()], [model, revision]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const selectedRow = useRef<HTMLTableRowElement>(null);
  const selectedId = model.selectedId;

  useEffect(() => {
    // Braces: in newer Chromium scrollIntoView returns a promise, which an effect must not return.
    void selectedRow.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const columns = useMemo(() => {
    const edit = (mark: ChartMark, patch: MarkPatch) => {
      const result = model.updateMark(mark.id, patch);
      onMessage(result.ok ? null : result.message);
    };
    return [
      column.accessor((m) => kindLabel(m), { id: 'kind', header: 'Kind', enableSorting: false }),
      column.accessor((m) => m.muscle ?? '', {
        id: 'muscle',
        header: 'Muscle',
        cell: (c) => `${c.getValue() || '—'}${c.row.original.side ? ` (${sideShort[c.row.original.side]})` : ''}`,
      }),
      column.accessor((m) => getView(m.viewId).label, { id: 'view', header: 'View', enableSorting: false }),
      column.accessor('pressure', {
        header: 'Pressure',
        enableSorting: false,
        cell: (c) => (
          <ScoreCell
            label={`Pressure, ${markName(c.row.original)}`}
            value={c.getValue()}
            disabled={!model.editable}
            onCommit={(pressure) => edit(c.row.original, { pressure })}
          />
        ),
      }),
      column.accessor((m) => m.tenderness ?? -1, {
        id: 'tenderness',
        header: 'Tenderness',
        sortDescFirst: true,
        cell: (c) => (
          <span className="tenderness-cell">
            <ScoreCell
              label={`Tenderness before, ${markName(c.row.original)}`}
              value={c.row.original.tenderness}
              disabled={!model.editable}
              onCommit={(tenderness) => edit(c.row.original, { tenderness })}
            />
            <span aria-hidden="true">→</span>
            <ScoreCell
              label={`Tenderness after, ${markName(c.row.original)}`}
              value={c.row.original.tendernessAfter}
              disabled={!model.editable}
              onCommit={(tendernessAfter) => edit(c.row.original, { tendernessAfter })}
            />
          </span>
        ),
      }),
    ];
  }, [model, onMessage]);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns fresh functions by design
  const table = useReactTable({
    data: marks,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (m) => m.id,
  });

  if (marks.length === 0) {
    return <p className="marks-table__empty">No marks yet. Pick a tool and click on the body.</p>;
  }
  return (
    <table className="data-table marks-table" aria-label="Marks on this chart">
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {header.column.getCanSort() ? (
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  ) : (
                    flexRender(header.column.columnDef.header, header.getContext())
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => {
          const selected = row.id === selectedId;
          return (
            <tr
              key={row.id}
              ref={selected ? selectedRow : undefined}
              aria-selected={selected}
              aria-label={markName(row.original)}
              tabIndex={0}
              className={selected ? 'is-selected' : undefined}
              onClick={() => model.select(row.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  model.select(row.id);
                }
              }}
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
