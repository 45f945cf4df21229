import { useTranslation } from 'react-i18next';
import { ROSTER_FIELDS, type RosterField, type RosterPreview } from '../../../../shared/domain/roster';

/**
 * Which column feeds each field. Folded away when the headers answered it (the usual case); open when the names
 * column is missing, the one thing the trainer must then choose.
 */
export function ColumnMapping({ preview, onChange }: { preview: RosterPreview; onChange: (field: RosterField, column: number | null) => void }) {
  const { t } = useTranslation('roster');
  const columnName = (index: number) => preview.headers[index] || t('mapping.column', { number: index + 1 });
  return (
    <details className="card stack roster-mapping" open={preview.mapping.name === null}>
      <summary>{t('mapping.summary', { row: preview.headerRow })}</summary>
      <p className="hint">{t('mapping.hint', { row: preview.headerRow })}</p>
      <div className="mapping-grid">
        {ROSTER_FIELDS.map((field) => (
          <label key={field} className="field">
            <span>{t(`field.${field}`)}</span>
            <select value={preview.mapping[field] ?? ''} onChange={(e) => onChange(field, e.target.value === '' ? null : Number(e.target.value))}>
              <option value="">{t('mapping.none')}</option>
              {preview.headers.map((_, index) => (
                <option key={index} value={index}>{columnName(index)}</option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {preview.mapping.name === null && <p className="error" role="alert">{t('mapping.needName')}</p>}
    </details>
  );
}
