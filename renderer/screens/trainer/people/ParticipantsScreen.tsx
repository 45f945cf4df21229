import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseLabel, type Participant } from '../../../../shared/domain/people';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorText } from '../../../components/ErrorText';
import { useParticipantPages } from '../../../data/participant-pages';
import { exportParticipants, useDeleteParticipant, useEnterprises } from '../../../data/people';
import { navigate, routeHref } from '../../../routes';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatNumber } from '../components/format';
import { Modal } from '../components/Modal';
import { ExportButtons } from '../roster/ExportButtons';
import { useDebounced } from '../components/use-debounced';
import { TranscriptButton } from '../printouts/TranscriptButton';
import { ParticipantForm } from './ParticipantForm';
import { ParticipantTable } from './ParticipantTable';

type Editing = { mode: 'new' } | { mode: 'edit'; participant: Participant } | null;

/** `#/trainer/participants[/<enterprise id>]`: search, filter, add and edit; the list is virtualized. */
export function ParticipantsScreen({ enterpriseId }: { enterpriseId?: string }) {
  const { t, i18n } = useTranslation('trainer');
  const enterprises = useEnterprises();
  const deleteParticipant = useDeleteParticipant();
  const [query, setQuery] = useState('');
  const settledQuery = useDebounced(query.trim());
  const pages = useParticipantPages(settledQuery, enterpriseId);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Participant | null>(null);
  const enterpriseList = enterprises.data ?? [];
  const filtering = settledQuery !== '' || enterpriseId !== undefined;


  return (
    <section className="stack">
      <div className="toolbar">
        <label className="field search-field grow">
          <span className="visually-hidden">{t('participant.search')}</span>
          <input type="search" value={query} placeholder={t('participant.searchPlaceholder')} aria-label={t('participant.search')} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label className="field">
          <span className="visually-hidden">{t('participant.filterEnterprise')}</span>
          <select
            aria-label={t('participant.filterEnterprise')}
            value={enterpriseId ?? ''}
            onChange={(e) => (e.target.value ? navigate('trainer', 'participants', e.target.value) : navigate('trainer', 'participants'))}
          >
            <option value="">{t('participant.allEnterprises')}</option>
            {enterpriseList.map((e) => (
              <option key={e.id} value={e.id}>{enterpriseLabel(e, i18n.language)}</option>
            ))}
          </select>
        </label>
        <a className="button ghost" href={routeHref('trainer', 'import')}>{t('participant.import')}</a>
        <button type="button" className="button primary" onClick={() => setEditing({ mode: 'new' })}>{t('participant.add')}</button>
      </div>
      <div className="toolbar center">
        <p className="hint grow" role="status" aria-live="polite">
          {pages.total === null ? t('participant.loading') : t(filtering ? 'participant.countFiltered' : 'participant.count', { formatted: formatNumber(pages.total, i18n.language) })}
        </p>
        <ExportButtons label={t('participant.export')} build={(format, language) => exportParticipants({ format, language, enterpriseId, query: settledQuery })} />
      </div>
      <ErrorText error={pages.error ?? enterprises.error} />
      {pages.total === 0 && !filtering ? (
        <EmptyState title={t('participant.emptyTitle')}>{t('participant.emptyText')}</EmptyState>
      ) : (
        <ParticipantTable pages={pages} onOpen={(participant) => setEditing({ mode: 'edit', participant })} />
      )}
      {editing && (
        <Modal title={editing.mode === 'new' ? t('participant.add') : t('participant.edit')} onClose={() => setEditing(null)} wide>
          {editing.mode === 'edit' && (
            <div className="transcript-action">
              <TranscriptButton participantId={editing.participant.id} />
            </div>
          )}
          <ParticipantForm
            participant={editing.mode === 'edit' ? editing.participant : undefined}
            enterprises={enterpriseList}
            defaultEnterpriseId={enterpriseId}
            onSaved={() => setEditing(null)}
            onCancel={() => setEditing(null)}
            onDelete={
              editing.mode === 'edit'
                ? () => {
                    setDeleting(editing.participant);
                    setEditing(null);
                  }
                : undefined
            }
          />
        </Modal>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('participant.deleteTitle')}
          message={t('participant.confirmDelete', { name: deleting.name })}
          confirmLabel={t('actions.delete')}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await deleteParticipant.mutateAsync({ id: deleting.id });
          }}
        />
      )}
    </section>
  );
}
