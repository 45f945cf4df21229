import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAppState } from '../../app-state';
import { EmptyState } from '../../components/EmptyState';

export function TrainerHome() {
  const { t } = useTranslation();
  const { setState } = useAppState();
  return (
    <>
      <div className="page-header">
        <h1>{t('trainer.title')}</h1>
        <button type="button" className="button ghost" onClick={async () => setState(await api.lockTrainer({}))}>
          {t('trainer.lock')}
        </button>
      </div>
      <p className="notice">{t('trainer.unlockedAs')}</p>
      <EmptyState title={t('trainer.emptyTitle')}>{t('trainer.emptyText')}</EmptyState>
    </>
  );
}
