import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../shared/domain/workshops';

/** One key per status, the same in both languages (the keys are on every keyboard). */
export const STATUS_KEYS: Record<string, AttendanceStatus> = { p: 'present', l: 'late', e: 'excused', a: 'absent' };

/** A tap moves a cell on: unmarked → present → late → excused → absent → unmarked. */
export function nextStatus(current: AttendanceStatus | undefined): AttendanceStatus | null {
  if (current === undefined) return 'present';
  const index = ATTENDANCE_STATUSES.indexOf(current);
  return index === ATTENDANCE_STATUSES.length - 1 ? null : ATTENDANCE_STATUSES[index + 1]!;
}

export interface CellPosition {
  row: number;
  col: number;
}

export type GridAction = { kind: 'move'; to: CellPosition } | { kind: 'set'; status: AttendanceStatus | null; then: CellPosition } | { kind: 'cycle' } | null;

/**
 * What a key does in the grid. Setting a status moves down a row, so a trainer can call the roster for one
 * session with one key per person.
 */
export function keyAction(key: string, at: CellPosition, size: { rows: number; cols: number }): GridAction {
  const clamp = (row: number, col: number): CellPosition => ({
    row: Math.max(0, Math.min(size.rows - 1, row)),
    col: Math.max(0, Math.min(size.cols - 1, col)),
  });
  const lower = key.toLowerCase();
  if (lower in STATUS_KEYS) return { kind: 'set', status: STATUS_KEYS[lower]!, then: clamp(at.row + 1, at.col) };
  switch (key) {
    case 'ArrowUp':
      return { kind: 'move', to: clamp(at.row - 1, at.col) };
    case 'ArrowDown':
      return { kind: 'move', to: clamp(at.row + 1, at.col) };
    case 'ArrowLeft':
      return { kind: 'move', to: clamp(at.row, at.col - 1) };
    case 'ArrowRight':
      return { kind: 'move', to: clamp(at.row, at.col + 1) };
    case 'Home':
      return { kind: 'move', to: clamp(at.row, 0) };
    case 'End':
      return { kind: 'move', to: clamp(at.row, size.cols - 1) };
    case 'Delete':
    case 'Backspace':
      return { kind: 'set', status: null, then: at };
    case ' ':
    case 'Enter':
      return { kind: 'cycle' };
    default:
      return null;
  }
}
