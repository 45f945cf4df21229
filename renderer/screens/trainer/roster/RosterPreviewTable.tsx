import { useTranslation } from 'react-i18next';
import { enterpriseLabel } from '../../../../shared/domain/people';
import type { RosterPreview, RosterRow } from '../../../../shared/domain/roster';

const SHOWN = 50;

/** The first rows as they will be imported, with rows that have errors or will be skipped marked. */
export function RosterPreviewTable({ preview }: { preview: RosterPreview }) {
  const { t, i18n } = useTranslation('roster');
  const { t: tt } = useTranslation('trainer');
  const badRows = new Set(preview.issues.map((i) => i.row));
  const rows = preview.rows.slice(0, SHOWN);
  const note = (row: RosterRow): string => {
    if (badRows.has(row.row)) return t('preview.hasProblem');
    const reason =
      row.duplicateOf?.kind === 'existing' ? t('preview.existing', { name: row.duplicateOf.person.name, enterprise: enterpriseLabel(row.duplicateOf.person.enterprise, i18n.language) || '—' })
      : row.duplicateOf?.kind === 'row' ? t('preview.sameAsRow', { row: row.duplicateOf.row })
      : '';
    if (row.action === 'skip') return t('preview.willSkip', { reason });
    if (row.action === 'update') return t('preview.willUpdate', { reason });
    return reason;
  };
  return (
    <section className="card stack" aria-labelledby="roster-rows-title">
      <h3 id="roster-rows-title">{t('preview.title')}</h3>
      <div className="table-wrap preview-table">
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col" className="num">{t('preview.row')}</th>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.gender')}</th>
              <th scope="col">{t('field.enterprise')}</th>
              <th scope="col">{t('field.jobTitle')}</th>
              <th scope="col">{t('field.role')}</th>
              <th scope="col">{t('field.department')}</th>
              <th scope="col">{t('field.phone')}</th>
              <th scope="col">{t('preview.note')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row} className={badRows.has(row.row) ? 'row-bad' : row.duplicateOf ? 'row-warn' : undefined}>
                <td className="num">{row.row}</td>
                <th scope="row">{row.name}</th>
                <td>{tt(`gender.${row.gender}`)}</td>
                <td>{row.enterprise ? enterpriseLabel(row.enterprise, i18n.language) : row.enterpriseText}</td>
                <td>{row.jobTitle}</td>
                <td>{tt(`role.${row.role}`)}</td>
                <td>{row.department}</td>
                <td className="mono">{row.phone}</td>
                <td>{note(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.rows.length > SHOWN && <p className="hint">{t('preview.more', { shown: SHOWN, total: preview.rows.length })}</p>}
    </section>
  );
}
