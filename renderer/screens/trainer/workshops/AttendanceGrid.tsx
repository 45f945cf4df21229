import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { summarizeAttendance } from '../../../../shared/domain/attendance-summary';
import { enterpriseLabel } from '../../../../shared/domain/people';
import { ATTENDANCE_STATUSES, type AttendanceSheet, type AttendanceStatus } from '../../../../shared/domain/workshops';
import { api } from '../../../api/client';
import { PAGE_SKIP_LINKS } from '../../../components/AppShell';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorText } from '../../../components/ErrorText';
import { formatNumber, formatPercent } from '../components/format';
import { ExportButtons } from '../roster/ExportButtons';
import { AttendanceMarkMenu } from './AttendanceMarkMenu';
import { AttendanceTotals } from './AttendanceTotals';
import { keyAction, nextStatus, type CellPosition } from './attendance-keys';
import { sessionLabel } from './workshop-labels';

/** Kept in step with .ag-row and .ag-head / .ag-foot in trainer.css: the virtualizer places rows by these. */
const ROW_HEIGHT = 36;
const HEAD_HEIGHT = 60;
const FOOT_HEIGHT = 36;

/**
 * Sessions × participants, in one scroll area whose header, name column and totals row stay in view. A click
 * only selects a cell (a trainer clicks to start typing; that must never change a mark); a second click on the
 * selected cell, Enter or Space move it on to the next status; the keys P, L, E and A set it and step down to the
 * next person; a right click or the context-menu key opens a small menu of the marks; arrows move. Each change is saved at once and shown before the answer arrives (and put back if
 * saving fails). Rows are virtualized, so a large workshop stays quick.
 */
export function AttendanceGrid({ workshopId, onMarked }: { workshopId: string; onMarked?: (() => void) | undefined }) {
  const { t, i18n } = useTranslation('workshops');
  const language = i18n.language;
  const [sheet, setSheet] = useState<AttendanceSheet | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [focus, setFocus] = useState<CellPosition>({ row: 0, col: 0 });
  const [generation, setGeneration] = useState(0);
  const gridRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  /** The cell whose mark menu is open, and where on screen the menu goes (below the cell). */
  const [menuAt, setMenuAt] = useState<(CellPosition & { x: number; y: number }) | null>(null);
  /** Whether the cell under the pointer was already the selected one when the press began. */
  const pressedSelected = useRef(false);

  useEffect(() => {
    let live = true;
    api.getAttendanceSheet({ workshopId }).then(
      (loaded) => live && setSheet(loaded),
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
  }, [workshopId, generation]);

  const rows = sheet?.participants.length ?? 0;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only during this render.
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => gridRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
    scrollPaddingEnd: FOOT_HEIGHT,
  });

  const setMark = useCallback((participantId: string, sessionId: string, status: AttendanceStatus | null) => {
    setSheet((current) => {
      if (!current) return current;
      const own = { ...(current.marks[participantId] ?? {}) };
      if (status === null) delete own[sessionId];
      else own[sessionId] = status;
      return { ...current, marks: { ...current.marks, [participantId]: own } };
    });
  }, []);

  const save = useCallback(
    (participantId: string, sessionId: string, status: AttendanceStatus | null, previous: AttendanceStatus | undefined) => {
      setError(null);
      setMark(participantId, sessionId, status);
      api.setAttendance({ sessionId, participantId, status }).then(
        () => onMarked?.(),
        (caught: unknown) => {
          setMark(participantId, sessionId, previous ?? null);
          setError(caught);
        },
      );
    },
    [setMark, onMarked],
  );

  useEffect(() => {
    if (!focusPending.current) return;
    const cell = gridRef.current?.querySelector<HTMLElement>(`[data-cell="${focus.row}:${focus.col}"]`);
    // A row scrolled into view is rendered only once the virtualizer has caught up; it re-renders then, and so
    // this runs again. Giving up here would leave the keyboard nowhere.
    if (!cell) return;
    focusPending.current = false;
    cell.focus({ preventScroll: true });
  });

  if (!sheet) return <ErrorText error={error} />;
  if (sheet.participants.length === 0) return <EmptyState title={t('attendance.noParticipantsTitle')}>{t('attendance.noParticipantsText')}</EmptyState>;

  const sessions = sheet.sessions;
  const summary = summarizeAttendance(sheet);
  const statusAt = (row: number, col: number) => sheet.marks[sheet.participants[row]!.id]?.[sessions[col]!.id];
  const moveTo = (to: CellPosition) => {
    focusPending.current = true;
    // A new object even for the same cell, so the render that focuses it happens (the jump link relies on it).
    setFocus({ ...to });
    virtualizer.scrollToIndex(to.row, { align: 'auto' });
  };
  const cycle = (row: number, col: number) => {
    const current = statusAt(row, col);
    save(sheet.participants[row]!.id, sessions[col]!.id, nextStatus(current), current);
  };
  const openMenu = (at: CellPosition, cell: HTMLElement) => {
    const box = cell.getBoundingClientRect();
    setMenuAt({ ...at, x: box.left + box.width / 2, y: box.bottom });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      event.preventDefault();
      const cell = gridRef.current?.querySelector<HTMLElement>(`[data-cell="${focus.row}:${focus.col}"]`);
      if (cell) openMenu(focus, cell);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = keyAction(event.key, focus, { rows, cols: sessions.length });
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'move') moveTo(action.to);
    else if (action.kind === 'cycle') cycle(focus.row, focus.col);
    else {
      save(sheet.participants[focus.row]!.id, sessions[focus.col]!.id, action.status, statusAt(focus.row, focus.col));
      moveTo(action.then);
    }
  };
  const markAll = async (sessionId: string) => {
    setError(null);
    for (const person of sheet.participants) if (!sheet.marks[person.id]?.[sessionId]) setMark(person.id, sessionId, 'present');
    try {
      await api.markAllPresent({ sessionId });
      onMarked?.();
    } catch (caught) {
      setError(caught);
      setGeneration((g) => g + 1);
    }
  };
  const columns = { gridTemplateColumns: `minmax(12rem, 1.6fr) repeat(${sessions.length}, minmax(5.25rem, 1fr)) 4.5rem` };

  const skipLinks = document.getElementById(PAGE_SKIP_LINKS);

  return (
    <div className="stack">
      {skipLinks &&
        createPortal(
          <button type="button" className="skip-link" onClick={() => moveTo(focus)}>
            {t('attendance.jumpToGrid')}
          </button>,
          skipLinks,
        )}
      <div className="toolbar center">
        <p className="hint grow">{t('attendance.howTo')}</p>
        <ExportButtons label={t('attendance.export')} build={(format, language) => api.exportAttendance({ workshopId, format, language })} />
      </div>
      <ul className="status-legend" aria-label={t('attendance.legend')}>
        {ATTENDANCE_STATUSES.map((status) => (
          <li key={status}>
            <span className={`mark ${status}`} aria-hidden="true">{t(`attendance.short.${status}`)}</span>
            {t(`attendance.status.${status}`)}
            <kbd>{t(`attendance.key.${status}`)}</kbd>
          </li>
        ))}
      </ul>
      <ErrorText error={error} />
      <div ref={gridRef} className="attendance-grid card" role="grid" aria-rowcount={rows + 2} aria-colcount={sessions.length + 2} aria-label={t('attendance.gridLabel')} onKeyDown={onKeyDown} onWheel={menuAt ? () => setMenuAt(null) : undefined}>
        <div className="ag-row ag-head" role="row" aria-rowindex={1} style={{ ...columns, height: HEAD_HEIGHT }}>
          <span role="columnheader">{t('attendance.participant')}</span>
          {sessions.map((session) => (
            <span role="columnheader" key={session.id} className="ag-session">
              <span>{sessionLabel(t, session, language)}</span>
              <button type="button" className="button ghost small" onClick={() => markAll(session.id)} aria-label={t('attendance.markAllFor', { session: sessionLabel(t, session, language) })}>
                {t('attendance.markAll')}
              </button>
            </span>
          ))}
          <span role="columnheader" className="num">{t('attendance.rate')}</span>
        </div>
        <div className="ag-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const person = sheet.participants[item.index]!;
              const own = summary.byParticipant[person.id]!;
              return (
                <div
                  key={person.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className="ag-row"
                  style={{ ...columns, position: 'absolute', top: 0, left: 0, minWidth: '100%', height: ROW_HEIGHT, transform: `translateY(${item.start - HEAD_HEIGHT}px)` }}
                >
                  <span role="rowheader" className="ag-person">
                    <strong>{person.name}</strong>
                    <small>{enterpriseLabel(person.enterprise, language)}</small>
                  </span>
                  {sessions.map((session, col) => {
                    const status = sheet.marks[person.id]?.[session.id];
                    const focused = focus.row === item.index && focus.col === col;
                    return (
                      <span
                        key={session.id}
                        role="gridcell"
                        data-cell={`${item.index}:${col}`}
                        tabIndex={focused ? 0 : -1}
                        aria-label={t('attendance.cellLabel', {
                          name: person.name,
                          session: sessionLabel(t, session, language),
                          status: status ? t(`attendance.status.${status}`) : t('attendance.status.unmarked'),
                        })}
                        className={`ag-cell ${status ?? 'unmarked'}`}
                        onPointerDown={(event) => (pressedSelected.current = document.activeElement === event.currentTarget)}
                        onClick={() => {
                          if (pressedSelected.current) cycle(item.index, col);
                          else setFocus({ row: item.index, col });
                          pressedSelected.current = false;
                        }}
                        onFocus={() => {
                          if (!focused) setFocus({ row: item.index, col });
                        }}
                        onContextMenu={(event) => {
                          event.preventDefault();
                          setFocus({ row: item.index, col });
                          openMenu({ row: item.index, col }, event.currentTarget);
                        }}
                      >
                        <span className={`mark ${status ?? 'unmarked'}`} aria-hidden="true">{status ? t(`attendance.short.${status}`) : ''}</span>
                      </span>
                    );
                  })}
                  <span role="gridcell" className="num ag-rate">{formatPercent(own.rate, language)}</span>
                </div>
              );
            })}
        </div>
        <div className="ag-row ag-foot" role="row" aria-rowindex={rows + 2} style={{ ...columns, height: FOOT_HEIGHT }}>
          <span role="rowheader">{t('attendance.attendedPerSession')}</span>
          {sessions.map((session) => {
            const counts = summary.bySession[session.id]!;
            return (
              <span role="gridcell" key={session.id} className="ag-count" title={t('attendance.sessionCounts', { present: counts.present, late: counts.late, excused: counts.excused, absent: counts.absent, unmarked: counts.unmarked })}>
                {t('attendance.attendedOf', { attended: formatNumber(counts.present + counts.late, language), total: formatNumber(rows, language) })}
              </span>
            );
          })}
          <span role="gridcell" />
        </div>
      </div>
      {/* Outside the grid: a menu is neither a row nor a cell, and must not become part of a cell's name. */}
      {menuAt && (
        <AttendanceMarkMenu
          at={menuAt}
          current={statusAt(menuAt.row, menuAt.col)}
          onPick={(picked) => {
            setMenuAt(null);
            save(sheet.participants[menuAt.row]!.id, sessions[menuAt.col]!.id, picked, statusAt(menuAt.row, menuAt.col));
            moveTo(menuAt);
          }}
          onClose={(returnFocus) => {
            setMenuAt(null);
            if (returnFocus) moveTo(menuAt);
          }}
        />
      )}
      <AttendanceTotals summary={summary} />
    </div>
  );
}
