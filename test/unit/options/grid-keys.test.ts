import { describe, expect, it } from 'vitest';
import { gridMove, type GridCell, type GridShape } from '../../../src/options/grid-keys';

// The network grid's shape: a header row with one control (select all), then body rows with two (checkbox, name).
const shape = (bodyRows: number, page = 10): GridShape => ({ rows: bodyRows + 1, headerRows: 1, cols: (row) => (row === 0 ? 1 : 2), page });
const key = (k: string, mods: { ctrlKey?: boolean; shiftKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) => ({ key: k, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...mods });
const move = (k: string, from: GridCell, bodyRows = 100, mods = {}) => gridMove(key(k, mods), from, shape(bodyRows));

describe('gridMove: where a key takes the focus in the grid', () => {
  it('up and down keep the column, one row at a time, and stop at the edges', () => {
    expect(move('ArrowDown', { row: 1, col: 1 })).toEqual({ row: 2, col: 1 });
    expect(move('ArrowUp', { row: 5, col: 0 })).toEqual({ row: 4, col: 0 });
    expect(move('ArrowDown', { row: 100, col: 1 })).toEqual({ row: 100, col: 1 });
    expect(move('ArrowUp', { row: 0, col: 0 })).toEqual({ row: 0, col: 0 });
  });

  it('into the header the column is clamped to its one control; back down it stays there', () => {
    expect(move('ArrowUp', { row: 1, col: 1 })).toEqual({ row: 0, col: 0 });
    expect(move('ArrowDown', { row: 0, col: 0 })).toEqual({ row: 1, col: 0 });
  });

  it('left and right move between the cells of the row and stop at its ends', () => {
    expect(move('ArrowLeft', { row: 3, col: 1 })).toEqual({ row: 3, col: 0 });
    expect(move('ArrowRight', { row: 3, col: 0 })).toEqual({ row: 3, col: 1 });
    expect(move('ArrowRight', { row: 3, col: 1 })).toEqual({ row: 3, col: 1 });
    expect(move('ArrowLeft', { row: 3, col: 0 })).toEqual({ row: 3, col: 0 });
  });

  it('Home and End go to the ends of the row; with Ctrl, to the first cell of the grid and the last', () => {
    expect(move('Home', { row: 7, col: 1 })).toEqual({ row: 7, col: 0 });
    expect(move('End', { row: 7, col: 0 })).toEqual({ row: 7, col: 1 });
    expect(move('Home', { row: 7, col: 1 }, 100, { ctrlKey: true })).toEqual({ row: 0, col: 0 });
    expect(move('End', { row: 7, col: 0 }, 100, { ctrlKey: true })).toEqual({ row: 100, col: 1 });
  });

  it('Page Down and Up move by a visible page, clamped to the body rows (a page never lands on "select all")', () => {
    expect(move('PageDown', { row: 1, col: 1 })).toEqual({ row: 11, col: 1 });
    expect(move('PageDown', { row: 95, col: 1 })).toEqual({ row: 100, col: 1 });
    expect(move('PageUp', { row: 25, col: 0 })).toEqual({ row: 15, col: 0 });
    expect(move('PageUp', { row: 4, col: 1 })).toEqual({ row: 1, col: 1 });
    expect(move('PageDown', { row: 0, col: 0 })).toEqual({ row: 10, col: 0 });
    expect(move('PageUp', { row: 0, col: 0 })).toEqual({ row: 0, col: 0 });
    expect(gridMove(key('PageDown'), { row: 3, col: 1 }, shape(100, 1))).toEqual({ row: 4, col: 1 });
  });

  it('a grid with only its header keeps the focus there', () => {
    expect(move('ArrowDown', { row: 0, col: 0 }, 0)).toEqual({ row: 0, col: 0 });
    expect(move('PageDown', { row: 0, col: 0 }, 0)).toEqual({ row: 0, col: 0 });
    expect(move('End', { row: 0, col: 0 }, 0, { ctrlKey: true })).toEqual({ row: 0, col: 0 });
  });

  it('leaves every other key to the browser: Tab, Space, Enter, letters, and arrows with Shift, Alt, Meta or Ctrl', () => {
    for (const k of ['Tab', ' ', 'Enter', 'Escape', 'a', '/']) expect(move(k, { row: 2, col: 1 })).toBeUndefined();
    expect(move('ArrowDown', { row: 2, col: 1 }, 100, { shiftKey: true })).toBeUndefined();
    expect(move('ArrowDown', { row: 2, col: 1 }, 100, { altKey: true })).toBeUndefined();
    expect(move('End', { row: 2, col: 1 }, 100, { metaKey: true })).toBeUndefined();
    expect(move('ArrowDown', { row: 2, col: 1 }, 100, { ctrlKey: true })).toBeUndefined();
  });
});
