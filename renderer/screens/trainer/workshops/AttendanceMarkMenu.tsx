import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../shared/domain/workshops';

const CHOICES: Array<AttendanceStatus | null> = [...ATTENDANCE_STATUSES, null];

/**
 * The small menu on an attendance cell (right click, or the context-menu key): every mark by name, and clear.
 * It sits outside the grid, placed on the window below its cell, so it closes when the wheel scrolls the grid.
 */
export function AttendanceMarkMenu({ at, current, onPick, onClose }: {
  /** Where the menu's top centre goes, in window coordinates (below its cell). */
  at: { x: number; y: number };
  current: AttendanceStatus | undefined;
  onPick: (status: AttendanceStatus | null) => void;
  onClose: (returnFocus: boolean) => void;
}) {
  const { t } = useTranslation('workshops');
  const menu = useRef<HTMLUListElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]') ?? [])];

  useEffect(() => {
    const all = items();
    (all[current ? CHOICES.indexOf(current) : 0] ?? all[0])?.focus();
  }, [current]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const at = all.indexOf(event.target as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      all[(at + (event.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose(true);
    }
  };

  return (
    <ul
      ref={menu}
      role="menu"
      className="mark-menu"
      style={{ left: at.x, top: at.y }}
      aria-label={t('attendance.menuLabel')}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!menu.current?.contains(event.relatedTarget)) onClose(false);
      }}
    >
      {CHOICES.map((status) => (
        <li key={status ?? 'clear'} role="none">
          <button type="button" role="menuitemradio" aria-checked={(current ?? null) === status} tabIndex={-1} onClick={() => onPick(status)}>
            <span className={`mark ${status ?? 'unmarked'}`} aria-hidden="true">{status ? t(`attendance.short.${status}`) : ''}</span>
            {status ? t(`attendance.status.${status}`) : t('attendance.clear')}
          </button>
        </li>
      ))}
    </ul>
  );
}
