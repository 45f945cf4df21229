import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorText } from '../../../components/ErrorText';
import { useProgrammes } from '../../../data/programmes';
import { navigate, routeHref } from '../../../routes';
import '../../../styles/certificates.css';
import { formatNumber } from '../components/format';
import { Modal } from '../components/Modal';
import { ProgrammeForm } from './ProgrammeForm';

/** `#/trainer/programmes`: programmes (several workshops that earn one certificate together), newest first. */
export function ProgrammesScreen() {
  const { t, i18n } = useTranslation('certificates');
  const [creating, setCreating] = useState(false);
  const list = useProgrammes();
  const programmes = list.data ?? [];

  return (
    <section className="stack">
      <div className="toolbar">
        <p className="hint grow">{t('programmes.intro')}</p>
        <button type="button" className="button primary" onClick={() => setCreating(true)}>{t('programmes.add')}</button>
      </div>
      <ErrorText error={list.error} />
      {list.data && programmes.length === 0 && <EmptyState title={t('programmes.emptyTitle')}>{t('programmes.emptyText')}</EmptyState>}
      {programmes.length > 0 && (
        <div className="table-wrap card flush">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('programmes.programme')}</th>
                <th scope="col">{t('programmes.workshops')}</th>
                <th scope="col" className="num">{t('programmes.issued')}</th>
              </tr>
            </thead>
            <tbody>
              {programmes.map((p) => (
                <tr key={p.id}>
                  <th scope="row"><a href={routeHref('trainer', 'programmes', p.id)}>{p.title}</a></th>
                  <td>{p.workshops.map((w) => w.title).join(t('verify.fieldSeparator'))}</td>
                  <td className="num">{formatNumber(p.issued, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {creating && (
        <Modal title={t('programmes.add')} onClose={() => setCreating(false)} wide>
          <ProgrammeForm onCancel={() => setCreating(false)} onSaved={(saved) => navigate('trainer', 'programmes', saved.id)} />
        </Modal>
      )}
    </section>
  );
}
