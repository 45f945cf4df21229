import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseLabel, type Participant } from '../../../../shared/domain/people';
import type { ParticipantPages } from '../../../data/participant-pages';

const ROW_HEIGHT = 52;

/**
 * A virtualized table: only the rows in view exist in the DOM, and their pages are fetched as they come into
 * view. ARIA table roles keep it readable by screen readers with the full row count.
 */
export function ParticipantTable({ pages, onOpen }: { pages: ParticipantPages; onOpen: (participant: Participant) => void }) {
  const { t, i18n } = useTranslation('trainer');
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = pages.total ?? 0;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only during this render.
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { ensure } = pages;

  useEffect(() => {
    if (count > 0) ensure(first, last);
  }, [ensure, first, last, count]);

  return (
    <div className="virtual-table card flush" role="table" aria-rowcount={count + 1} aria-label={t('participant.tableLabel')}>
      <div className="vt-row vt-head participant-cols" role="row" aria-rowindex={1}>
        <span role="columnheader">{t('participant.name')}</span>
        <span role="columnheader">{t('participant.gender')}</span>
        <span role="columnheader">{t('participant.enterprise')}</span>
        <span role="columnheader">{t('participant.jobTitle')}</span>
        <span role="columnheader">{t('participant.role')}</span>
        <span role="columnheader">{t('participant.department')}</span>
        <span role="columnheader">{t('participant.phone')}</span>
      </div>
      <div ref={scrollRef} className="vt-body" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const participant = pages.rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={participant ? 'vt-row participant-cols' : 'vt-row participant-cols loading'}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                {participant ? (
                  <>
                    <span role="cell">
                      <button type="button" className="row-link" onClick={() => onOpen(participant)}>{participant.name}</button>
                    </span>
                    <span role="cell">{t(`gender.${participant.gender}`)}</span>
                    <span role="cell">{enterpriseLabel(participant.enterprise, i18n.language) || '—'}</span>
                    <span role="cell">{participant.jobTitle || '—'}</span>
                    <span role="cell">{t(`role.${participant.role}`)}</span>
                    <span role="cell">{participant.department || '—'}</span>
                    <span role="cell" className="mono">{participant.phone || '—'}</span>
                  </>
                ) : (
                  <span role="cell" className="skeleton" aria-busy="true" />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
