import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';

export function LearnHome() {
  const { t } = useTranslation();
  return (
    <>
      <div className="page-header">
        <h1>{t('learn.title')}</h1>
      </div>
      <p className="lead">{t('learn.intro')}</p>
      <EmptyState title={t('learn.emptyTitle')}>{t('learn.emptyText')}</EmptyState>
    </>
  );
}
