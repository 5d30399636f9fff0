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
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { ChartMark } from '../../../db/api/contract';
import { getView } from '../artwork';
import type { ChartModel, MarkPatch } from '../model';
import { markName } from './MarkInspector';
import { kindLabel, markSymbol } from './symbols';

const kindShort = (mark: ChartMark) =>
  ({ active: 'Active', latent: 'Latent', satellite: 'Satellite', tender: 'Tender', note: 'Note' })[
    markSymbol(mark).id as 'active'
  ] ?? kindLabel(mark);

function ScoreCell({
  label,
  value,
  disabled,
  onCommit,
  max = 10,
  decimals = 0,
}: {
  label: string;
  value: number | null;
  disabled: boolean;
  onCommit: (v: number | null) => void;
  max?: number;
  /** Decimal places taken (0: whole numbers). */
  decimals?: number;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value === null ? '' : String(value));
  }
  const pattern = decimals > 0 ? new RegExp(`^\\d+(\\.\\d{0,${decimals}})?$`) : /^\d+$/;
  return (
    <input
      className={decimals > 0 ? 'cell-input cell-input--decimal' : 'cell-input'}
      type="text"
      inputMode={decimals > 0 ? 'decimal' : 'numeric'}
      aria-label={label}
      value={text}
      disabled={disabled}
      onFocus={(e) => e.currentTarget.select()}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => {
        const t = e.target.value.trim().replace(',', '.');
        setText(e.target.value);
        if (t === '') onCommit(null);
        else if (pattern.test(t) && Number(t) <= max) onCommit(Number(t));
      }}
    />
  );
}

const column = createColumnHelper<ChartMark>();

/** Headers and sorting; the cells are drawn by MarkRow. */
const COLUMNS = [
  column.accessor((m) => kindLabel(m), { id: 'kind', header: 'Kind', enableSorting: false }),
  column.accessor((m) => m.muscle ?? '', { id: 'muscle', header: 'Muscle' }),
  column.display({ id: 'pressure', header: 'Pressure' }),
  column.accessor((m) => m.tenderness ?? -1, { id: 'tenderness', header: 'Tenderness', sortDescFirst: true }),
  // Pressure pain threshold, kg/cm² (the header says "PPT": the side panel is narrow).
  column.accessor((m) => m.pptKgCm2 ?? -1, { id: 'ppt', header: 'PPT', sortDescFirst: true }),
];

interface RowProps {
  /** Position among all rows (for the virtualiser's measuring and screen readers). */
  index: number;
  measure: (el: HTMLTableRowElement | null) => void;
  mark: ChartMark;
  selected: boolean;
  editable: boolean;
  onSelect: (id: string) => void;
  onEdit: (mark: ChartMark, patch: MarkPatch) => void;
}

/** One mark's row; memoised on its record, so an edit re-renders one row. */
const MarkRow = memo(function MarkRow({ index, measure, mark, selected, editable, onSelect, onEdit }: RowProps) {
  const name = markName(mark);
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
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
      <td>
        <span className={`kind-dot kind-dot--${markSymbol(mark).id}`} aria-hidden="true" />
        {kindShort(mark)}
      </td>
      <td>
        {`${mark.muscle || '—'}${mark.side ? ` (${sideShort[mark.side]})` : ''}`}
        <span className="marks-table__view">{getView(mark.viewId).label}</span>
      </td>
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
      <td className="marks-table__col-ppt">
        {mark.kind !== 'note_pin' && (
          <ScoreCell
            label={`PPT (kg/cm²), ${name}`}
            value={mark.pptKgCm2}
            max={20}
            decimals={1}
            disabled={!editable}
            onCommit={(pptKgCm2) => onEdit(mark, { pptKgCm2 })}
          />
        )}
      </td>
    </tr>
  );
});
const sideShort = { left: 'L', right: 'R', midline: 'Mid' } as const;

/** Memoised: it re-renders when its (deferred) revision moves, not with every page render. */
export const MarksTable = memo(function MarksTable({
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

  // Only the rows in sight are in the page: a chart of a thousand marks stays light to lay out.
  const rows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 48,
    overscan: 3,
    // Scrolling and measuring re-render the table in React's own batches, not synchronously.
    useFlushSync: false,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const selectedIndex = rows.findIndex((row) => row.id === selectedId);
  useEffect(() => {
    // Scrolls the table's own box (never the page) to the row selected on the chart.
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  if (marks.length === 0) {
    return <p className="marks-table__empty">No marks yet. Pick a tool and click on the body.</p>;
  }
  return (
    <div className="marks-table-wrap" ref={scroller}>
      <table className="data-table marks-table" aria-label="Marks on this chart" aria-rowcount={rows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    className={`marks-table__col-${header.id}`}
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
          {padTop > 0 && (
            <tr aria-hidden="true" className="marks-table__spacer" style={{ height: padTop }}>
              <td colSpan={COLUMNS.length} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <MarkRow
                key={row.id}
                index={item.index}
                measure={virtualizer.measureElement}
                mark={row.original}
                selected={row.id === selectedId}
                editable={model.editable}
                onSelect={onSelect}
                onEdit={onEdit}
              />
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="marks-table__spacer" style={{ height: padBottom }}>
              <td colSpan={COLUMNS.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
});
