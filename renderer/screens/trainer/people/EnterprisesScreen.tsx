import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseLabel, type Enterprise, type EnterpriseSummary } from '../../../../shared/domain/people';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorText } from '../../../components/ErrorText';
import { useDeleteEnterprise, useEnterprises } from '../../../data/people';
import { routeHref } from '../../../routes';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatNumber } from '../components/format';
import { Modal } from '../components/Modal';
import { EnterpriseForm } from './EnterpriseForm';

type Editing = { mode: 'new' } | { mode: 'edit'; enterprise: Enterprise } | null;

export function EnterprisesScreen() {
  const { t, i18n } = useTranslation('trainer');
  const list = useEnterprises();
  const deleteEnterprise = useDeleteEnterprise();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<EnterpriseSummary | null>(null);
  const language = i18n.language;
  const enterprises = [...(list.data ?? [])].sort((a, b) => enterpriseLabel(a, language).localeCompare(enterpriseLabel(b, language), language));


  return (
    <section className="stack">
      <div className="toolbar">
        <p className="hint grow">{t('enterprise.intro')}</p>
        <button type="button" className="button primary" onClick={() => setEditing({ mode: 'new' })}>{t('enterprise.add')}</button>
      </div>
      <ErrorText error={list.error} />
      {list.data && enterprises.length === 0 && <EmptyState title={t('enterprise.emptyTitle')}>{t('enterprise.emptyText')}</EmptyState>}
      {enterprises.length > 0 && (
        <div className="table-wrap card flush">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('enterprise.name')}</th>
                <th scope="col">{t('enterprise.sector')}</th>
                <th scope="col">{t('enterprise.sizeBand')}</th>
                <th scope="col">{t('enterprise.location')}</th>
                <th scope="col">{t('enterprise.contact')}</th>
                <th scope="col" className="num">{t('enterprise.workforce')}</th>
                <th scope="col" className="num">{t('enterprise.participants')}</th>
                <th scope="col"><span className="visually-hidden">{t('actions.label')}</span></th>
              </tr>
            </thead>
            <tbody>
              {enterprises.map((enterprise) => (
                <tr key={enterprise.id}>
                  <th scope="row">
                    <strong>{enterpriseLabel(enterprise, language)}</strong>
                    <small className="secondary-name">{language.startsWith('zh') ? enterprise.nameEn : enterprise.nameZh}</small>
                  </th>
                  <td>{t(`sector.${enterprise.sector}`)}</td>
                  <td>{enterprise.sizeBand ? t(`sizeBand.${enterprise.sizeBand}`) : '—'}</td>
                  <td>{[enterprise.city, enterprise.district].filter(Boolean).join(' · ') || '—'}</td>
                  <td>
                    {enterprise.contactName || '—'}
                    {enterprise.contactPhone && <small className="secondary-name">{enterprise.contactPhone}</small>}
                  </td>
                  <td className="num">
                    {t('enterprise.workforceValue', { female: formatNumber(enterprise.workersFemale, language), male: formatNumber(enterprise.workersMale, language) })}
                  </td>
                  <td className="num">
                    <a href={routeHref('trainer', 'participants', enterprise.id)}>{formatNumber(enterprise.participantCount, language)}</a>
                  </td>
                  <td className="row-actions">
                    <button type="button" className="button ghost small" onClick={() => setEditing({ mode: 'edit', enterprise })}>{t('actions.edit')}</button>
                    <button type="button" className="button ghost small danger" onClick={() => setDeleting(enterprise)}>{t('actions.delete')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <Modal title={editing.mode === 'new' ? t('enterprise.add') : t('enterprise.edit')} onClose={() => setEditing(null)} wide>
          <EnterpriseForm
            enterprise={editing.mode === 'edit' ? editing.enterprise : undefined}
            onCancel={() => setEditing(null)}
            onSaved={() => setEditing(null)}
          />
        </Modal>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('enterprise.deleteTitle')}
          message={t('enterprise.confirmDelete', { name: enterpriseLabel(deleting, language) })}
          confirmLabel={t('actions.delete')}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await deleteEnterprise.mutateAsync({ id: deleting.id });
          }}
        />
      )}
    </section>
  );
}
