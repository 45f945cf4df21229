import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday, offeredStatus } from '../../../../shared/domain/workshop-status-offer';
import type { Workshop, WorkshopStatus } from '../../../../shared/domain/workshops';

/** A one-click offer to move the workshop on (see offeredStatus); "Not now" hides it until the next visit. */
export function StatusOffer({ workshop, onAccept }: { workshop: Workshop; onAccept: (status: WorkshopStatus) => void }) {
  const { t } = useTranslation('workshops');
  const [dismissed, setDismissed] = useState<WorkshopStatus | null>(null);
  const offer = offeredStatus(workshop, localToday());
  if (!offer || offer === dismissed) return null;
  return (
    <div className="notice status-offer">
      <p className="grow">{t(`detail.offer.${offer}`)}</p>
      <button type="button" className="button primary small" onClick={() => onAccept(offer)}>{t(`detail.offer.accept.${offer}`)}</button>
      <button type="button" className="button ghost small" onClick={() => setDismissed(offer)}>{t('detail.offer.notNow')}</button>
    </div>
  );
}
