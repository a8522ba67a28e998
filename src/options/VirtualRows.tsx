import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { gridMove, type GridCell } from './grid-keys';

/** What the grid's owner can ask of it. */
export interface GridHandle {
  /** Focuses row `id`'s cell `col` (scrolled into view): where the focus returns when a card beside the list closes. */
  focus(id: string, col: number): void;
}

interface Props<T extends { id: string }> {
  rows: readonly T[];
  /** Every row's height in px: fixed, so the row at any scroll position is known without measuring. */
  rowHeight: number;
  label: string;
  /** The id of a text that says how to move in the grid. */
  describedBy?: string;
  /** The header row's cells; `stop` is the column whose control is the grid's Tab stop, if it is in this row. */
  header: (stop: number | undefined) => ComponentChildren;
  /** The cells of one row (the row element itself is made here); `stop` as for the header. */
  render: (row: T, stop: number | undefined) => ComponentChildren;
  /** Focusable cells in the header row and in every other row; each marks its control with `cellControl`. */
  headerColumns: number;
  columns: number;
  /** The column that holds the Tab stop until the user moves it (the first row's, after every reset). */
  startColumn: number;
  /** A new value scrolls back to the first row and puts the Tab stop there (a new filter or order); new data alone keeps both. */
  resetKey: string;
  handle?: Ref<GridHandle>;
}

/** The props of a cell's control: its column, and whether it is the grid's one Tab stop (-1: reached by the arrows). */
export function cellControl(col: number, stop: number | undefined): { 'data-col': number; tabIndex: number } {
  return { 'data-col': col, tabIndex: stop === col ? 0 : -1 };
}

/**
 * Where the Tab stop is: the contact (by id, so it follows them when the data changes and the rows move), or the
 * header when `id` is undefined and `row` is 0. `row` is the grid row it was last seen at, the fallback if they
 * leave the list.
 */
interface Stop {
  id: string | undefined;
  row: number;
  col: number;
}

/** Rows drawn beyond the visible ones, so a fast scroll does not show blank space before the next frame. */
const OVERSCAN = 8;

/**
 * A grid of any length that keeps only the visible rows in the DOM (30,000 contacts stay smooth), plus the row
 * holding the focus wherever the list is scrolled, so the focus is never lost with its row. ARIA's rowcount /
 * rowindex tell assistive technology the grid's real size and where each drawn row sits.
 *
 * Keyboard (WAI-ARIA data grid, grid-keys.ts): the whole grid is one Tab stop (a roving tabindex: the cell last
 * focused, at first the first row's `startColumn`); the arrows, Home/End, Ctrl+Home/End and Page Up/Down move
 * the focus, scrolling the row into view first. One keydown and one focusin listener on the grid, none per row.
 */
export function VirtualRows<T extends { id: string }>(props: Props<T>) {
  const { rows, rowHeight, label, describedBy, header, render, headerColumns, columns, startColumn, resetKey, handle } = props;
  const grid = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [stop, setStop] = useState<Stop>({ id: undefined, row: 1, col: startColumn });
  /** Set by a move: focus the stop's control once it is drawn (the row may not exist in the DOM before). */
  const focusAfterRender = useRef(false);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const resize = new ResizeObserver(() => setHeight(element.clientHeight));
    resize.observe(element);
    return () => resize.disconnect();
  }, []);
  // A new filter shows its first rows, not wherever the previous list was scrolled to, and Tab enters it there.
  // A change of the data (a tag added beside the list, a sighting recorded by the worker) keeps both.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
    setStop({ id: undefined, row: 1, col: startColumn });
  }, [resetKey]);

  // The stop's row now: the contact's, or where they were if they left the list, or the header.
  const found = useMemo(() => (stop.id === undefined ? -1 : rows.findIndex((r) => r.id === stop.id)), [rows, stop.id]);
  const stopRow = found >= 0 ? found + 1 : stop.id === undefined && stop.row === 0 ? 0 : Math.min(Math.max(stop.row, 1), rows.length);
  const stopCol = Math.min(stop.col, (stopRow === 0 ? headerColumns : columns) - 1);

  // Read before this render changes the DOM: whether the focus is in the grid, so it stays there if its row goes.
  const hadFocus = grid.current?.contains(document.activeElement) ?? false;
  const cellElement = (row: number, col: number) => {
    const rowElement = [...(grid.current?.querySelectorAll('[role=row]') ?? [])].find((el) => Number(el.getAttribute('aria-rowindex')) === row + 1);
    return [...(rowElement?.querySelectorAll<HTMLElement>('[data-col]') ?? [])].find((el) => Number(el.dataset.col) === col);
  };
  useLayoutEffect(() => {
    if (!focusAfterRender.current && !(hadFocus && !grid.current?.contains(document.activeElement))) return;
    focusAfterRender.current = false;
    cellElement(stopRow, stopCol)?.focus();
  });

  /** Scrolls the least that shows body row `index` whole. */
  const reveal = (index: number) => {
    const element = scroller.current;
    if (!element) return;
    const top = index * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight;
    setScrollTop(element.scrollTop);
  };
  const moveTo = ({ row, col }: GridCell) => {
    if (row > 0) reveal(row - 1);
    focusAfterRender.current = true;
    setStop({ id: row === 0 ? undefined : rows[row - 1]?.id, row, col });
  };
  useImperativeHandle(
    handle ?? null,
    () => ({
      focus: (id: string, col: number) => {
        const index = rows.findIndex((r) => r.id === id);
        moveTo(index >= 0 ? { row: index + 1, col } : { row: stopRow, col: stopCol });
      },
    }),
    [rows, stopRow, stopCol],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement).dataset.col === undefined) return;
    const page = Math.max(1, Math.floor(height / rowHeight));
    const to = gridMove(e, { row: stopRow, col: stopCol }, { rows: rows.length + 1, headerRows: 1, cols: (row) => (row === 0 ? headerColumns : columns), page });
    if (!to) return;
    e.preventDefault();
    moveTo(to);
  };
  // A click or a Tab into the grid moves the stop too: the next Tab into the grid comes back to that cell.
  const onFocusIn = (e: FocusEvent) => {
    const target = e.target as HTMLElement;
    const col = Number(target.dataset.col);
    const row = Number(target.closest('[aria-rowindex]')?.getAttribute('aria-rowindex')) - 1;
    if (Number.isNaN(col) || Number.isNaN(row) || (row === stopRow && col === stopCol)) return;
    setStop({ id: row === 0 ? undefined : rows[row - 1]?.id, row, col });
  };

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const drawn = Array.from({ length: Math.max(0, last - first) }, (_, i) => first + i);
  // The stop's row stays in the DOM when scrolled away: Tab must find it, and a focused row must not vanish.
  if (stopRow > 0 && (stopRow - 1 < first || stopRow - 1 >= last)) drawn.push(stopRow - 1);
  return (
    <div ref={grid} role="grid" class="virtual-table" aria-label={label} aria-describedby={describedBy} aria-rowcount={rows.length + 1} onKeyDown={onKeyDown} onFocusIn={onFocusIn}>
      <div role="rowgroup">
        <div role="row" class="network-row header" aria-rowindex={1}>
          {header(stopRow === 0 ? stopCol : undefined)}
        </div>
      </div>
      <div ref={scroller} class="virtual-scroller" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <div role="rowgroup" class="virtual-body" style={{ height: `${rows.length * rowHeight}px` }}>
          {drawn.map((index) => (
            <div
              key={rows[index]!.id}
              role="row"
              class="network-row"
              aria-rowindex={index + 2}
              style={{ transform: `translateY(${index * rowHeight}px)`, height: `${rowHeight}px` }}
            >
              {render(rows[index]!, index + 1 === stopRow ? stopCol : undefined)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
