import { describe, expect, it } from 'vitest';
import { keyAction, nextStatus } from '../../../renderer/screens/trainer/workshops/attendance-keys';

const size = { rows: 3, cols: 4 };

describe('attendance grid keys', () => {
  it('sets a status with P, L, E or A in either case and steps down to the next person', () => {
    expect(keyAction('p', { row: 0, col: 2 }, size)).toEqual({ kind: 'set', status: 'present', then: { row: 1, col: 2 } });
    expect(keyAction('L', { row: 1, col: 0 }, size)).toEqual({ kind: 'set', status: 'late', then: { row: 2, col: 0 } });
    expect(keyAction('e', { row: 0, col: 0 }, size)).toMatchObject({ status: 'excused' });
    expect(keyAction('A', { row: 0, col: 0 }, size)).toMatchObject({ status: 'absent' });
  });

  it('stays on the last person after marking them', () => {
    expect(keyAction('p', { row: 2, col: 1 }, size)).toEqual({ kind: 'set', status: 'present', then: { row: 2, col: 1 } });
  });

  it('moves with the arrows, Home and End without leaving the grid', () => {
    expect(keyAction('ArrowUp', { row: 0, col: 1 }, size)).toEqual({ kind: 'move', to: { row: 0, col: 1 } });
    expect(keyAction('ArrowDown', { row: 0, col: 1 }, size)).toEqual({ kind: 'move', to: { row: 1, col: 1 } });
    expect(keyAction('ArrowLeft', { row: 1, col: 0 }, size)).toEqual({ kind: 'move', to: { row: 1, col: 0 } });
    expect(keyAction('ArrowRight', { row: 1, col: 3 }, size)).toEqual({ kind: 'move', to: { row: 1, col: 3 } });
    expect(keyAction('ArrowRight', { row: 1, col: 1 }, size)).toEqual({ kind: 'move', to: { row: 1, col: 2 } });
    expect(keyAction('Home', { row: 2, col: 3 }, size)).toEqual({ kind: 'move', to: { row: 2, col: 0 } });
    expect(keyAction('End', { row: 2, col: 0 }, size)).toEqual({ kind: 'move', to: { row: 2, col: 3 } });
  });

  it('clears a cell with Delete or Backspace and stays on it', () => {
    for (const key of ['Delete', 'Backspace']) expect(keyAction(key, { row: 1, col: 1 }, size)).toEqual({ kind: 'set', status: null, then: { row: 1, col: 1 } });
  });

  it('cycles with Space or Enter and ignores every other key', () => {
    expect(keyAction(' ', { row: 0, col: 0 }, size)).toEqual({ kind: 'cycle' });
    expect(keyAction('Enter', { row: 0, col: 0 }, size)).toEqual({ kind: 'cycle' });
    for (const key of ['x', 'Tab', 'Escape', '1', 'PageDown']) expect(keyAction(key, { row: 0, col: 0 }, size)).toBeNull();
  });

  it('cycles a tapped cell from unmarked through every status back to unmarked', () => {
    const seen: Array<string | null> = [];
    let status = nextStatus(undefined);
    while (status !== null) {
      seen.push(status);
      status = nextStatus(status);
    }
    expect(seen).toEqual(['present', 'late', 'excused', 'absent']);
  });
});
