/*
 * Which cell of a grid a key moves the focus to, after the WAI-ARIA data grid pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/grid/): the grid is one Tab stop and the arrows, Home/End and
 * Page Up/Down move inside it. Pure, so it is tested without a browser; VirtualRows.tsx applies it.
 */

/** A cell by position: `row` counts the grid's rows from 0 (the header rows first), `col` its focusable cells. */
export interface GridCell {
  row: number;
  col: number;
}

export interface GridShape {
  /** Every row, header rows included. */
  rows: number;
  /** Header rows at the top: Page Up/Down stay among the body rows, so a page never lands on "select all". */
  headerRows: number;
  /** How many focusable cells `row` has (at least 1). */
  cols: (row: number) => number;
  /** Rows one visible page holds (Page Up/Down move by it). */
  page: number;
}

export interface GridKey {
  key: string;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

const clamp = (n: number, low: number, high: number) => Math.min(Math.max(n, low), high);

/**
 * The cell `key` moves to from `from`, or undefined when the grid does not handle that key (it is left to the
 * browser: Tab, Space on a checkbox, Enter on a button, typing). At an edge the answer is `from` itself: the key
 * is still the grid's, so the page does not scroll instead.
 */
export function gridMove(event: GridKey, from: GridCell, shape: GridShape): GridCell | undefined {
  if (event.altKey || event.metaKey || event.shiftKey || shape.rows === 0) return undefined;
  const lastRow = shape.rows - 1;
  const at = (row: number, col: number): GridCell => {
    const r = clamp(row, 0, lastRow);
    return { row: r, col: clamp(col, 0, shape.cols(r) - 1) };
  };
  const firstBody = Math.min(shape.headerRows, lastRow);
  if (event.ctrlKey) {
    if (event.key === 'Home') return at(0, 0);
    if (event.key === 'End') return at(lastRow, shape.cols(lastRow) - 1);
    return undefined;
  }
  switch (event.key) {
    case 'ArrowDown':
      return at(from.row + 1, from.col);
    case 'ArrowUp':
      return at(from.row - 1, from.col);
    case 'ArrowRight':
      return at(from.row, from.col + 1);
    case 'ArrowLeft':
      return at(from.row, from.col - 1);
    case 'Home':
      return at(from.row, 0);
    case 'End':
      return at(from.row, shape.cols(from.row) - 1);
    case 'PageDown':
      return at(Math.max(from.row + shape.page, firstBody), from.col);
    case 'PageUp':
      return at(from.row < firstBody ? from.row : Math.max(from.row - shape.page, firstBody), from.col);
    default:
      return undefined;
  }
}
