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
import { memo, useMemo, useState } from 'react';
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

/** Scrolls the table's own box (not the page) so a selected row is in sight below the header. */
function revealInTable(row: HTMLTableRowElement): void {
  const box = row.closest('.marks-table-wrap');
  if (!box) return;
  const header = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const top = row.offsetTop - header;
  const bottom = row.offsetTop + row.offsetHeight - box.clientHeight;
  if (box.scrollTop > top) box.scrollTop = top;
  else if (box.scrollTop < bottom) box.scrollTop = bottom;
}

/** Headers and sorting; the cells are drawn by MarkRow. */
const COLUMNS = [
  column.accessor((m) => kindLabel(m), { id: 'kind', header: 'Kind', enableSorting: false }),
  column.accessor((m) => m.muscle ?? '', { id: 'muscle', header: 'Muscle' }),
  column.display({ id: 'view', header: 'View' }),
  column.display({ id: 'pressure', header: 'Pressure' }),
  column.accessor((m) => m.tenderness ?? -1, { id: 'tenderness', header: 'Tenderness', sortDescFirst: true }),
];

interface RowProps {
  mark: ChartMark;
  selected: boolean;
  editable: boolean;
  onSelect: (id: string) => void;
  onEdit: (mark: ChartMark, patch: MarkPatch) => void;
}

/** One mark's row; memoised on its record, so an edit re-renders one row, not a thousand. */
const MarkRow = memo(function MarkRow({ mark, selected, editable, onSelect, onEdit }: RowProps) {
  const name = markName(mark);
  return (
    <tr
      ref={(el) => {
        if (el && selected) revealInTable(el);
      }}
      aria-selected={selected}
      aria-label={name}
      tabIndex={0}
      className={selected ? 'is-selected' : undefined}
      onClick={() => onSelect(mark.id)}
      onKeyDown={(e) => {
        if (e.target === e.currentTarget && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          onSelect(mark.id);
        }
      }}
    >
      <td>{kindLabel(mark)}</td>
      <td>{`${mark.muscle || '—'}${mark.side ? ` (${sideShort[mark.side]})` : ''}`}</td>
      <td>{getView(mark.viewId).label}</td>
      <td>
        <ScoreCell
          label={`Pressure, ${name}`}
          value={mark.pressure}
          disabled={!editable}
          onCommit={(pressure) => onEdit(mark, { pressure })}
        />
      </td>
      <td>
        <span className="tenderness-cell">
          <ScoreCell
            label={`Tenderness before, ${name}`}
            value={mark.tenderness}
            disabled={!editable}
            onCommit={(tenderness) => onEdit(mark, { tenderness })}
          />
          <span aria-hidden="true">→</span>
          <ScoreCell
            label={`Tenderness after, ${name}`}
            value={mark.tendernessAfter}
            disabled={!editable}
            onCommit={(tendernessAfter) => onEdit(mark, { tendernessAfter })}
          />
        </span>
      </td>
    </tr>
  );
});
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
  const selectedId = model.selectedId;

  const onEdit = useMemo(
    () => (mark: ChartMark, patch: MarkPatch) => {
      const result = model.updateMark(mark.id, patch);
      onMessage(result.ok ? null : result.message);
    },
    [model, onMessage],
  );
  const onSelect = useMemo(() => (id: string) => model.select(id), [model]);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns fresh functions by design
  const table = useReactTable({
    data: marks,
    columns: COLUMNS,
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
    <div className="marks-table-wrap">
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
          {table.getRowModel().rows.map((row) => (
            <MarkRow
              key={row.id}
              mark={row.original}
              selected={row.id === selectedId}
              editable={model.editable}
              onSelect={onSelect}
              onEdit={onEdit}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
