import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props<T extends { id: string }> {
  rows: readonly T[];
  /** Every row's height in px: fixed, so the row at any scroll position is known without measuring. */
  rowHeight: number;
  label: string;
  header: ComponentChildren;
  /** The cells of one row (the row element itself is made here). */
  render: (row: T) => ComponentChildren;
  /** A new value scrolls back to the first row (a new filter or order); new data alone keeps the place. */
  resetKey: string;
}

/** Rows drawn beyond the visible ones, so a fast scroll does not show blank space before the next frame. */
const OVERSCAN = 8;

/**
 * A table of any length that keeps only the visible rows in the DOM (30,000 contacts stay smooth). ARIA's
 * rowcount / rowindex tell assistive technology the table's real size and where each drawn row sits.
 */
export function VirtualRows<T extends { id: string }>({ rows, rowHeight, label, header, render, resetKey }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const resize = new ResizeObserver(() => setHeight(element.clientHeight));
    resize.observe(element);
    return () => resize.disconnect();
  }, []);
  // A new filter shows its first rows, not wherever the previous list was scrolled to. A change of the data
  // (a tag added beside the list, a sighting recorded by the worker) keeps the place.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  return (
    <div role="table" class="virtual-table" aria-label={label} aria-rowcount={rows.length + 1}>
      <div role="rowgroup">
        {header}
      </div>
      <div ref={scroller} class="virtual-scroller" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <div role="rowgroup" class="virtual-body" style={{ height: `${rows.length * rowHeight}px` }}>
          {rows.slice(first, last).map((row, i) => (
            <div
              key={row.id}
              role="row"
              class="network-row"
              aria-rowindex={first + i + 2}
              style={{ transform: `translateY(${(first + i) * rowHeight}px)`, height: `${rowHeight}px` }}
            >
              {render(row)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
