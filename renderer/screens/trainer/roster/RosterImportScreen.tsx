import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseLabel } from '../../../../shared/domain/people';
import { ROSTER_FIELDS, type RosterImportResult, type RosterMapping, type RosterPreview } from '../../../../shared/domain/roster';
import { api, platform } from '../../../api/client';
import { ErrorText } from '../../../components/ErrorText';
import { useApiData } from '../../../hooks/use-api-data';
import { routeHref } from '../../../routes';
import { formatNumber } from '../components/format';
import { RosterPreviewTable } from './RosterPreviewTable';

interface Choices {
  mapping?: RosterMapping;
  defaultEnterpriseId: string | null;
  createMissingEnterprises: boolean;
  skipExisting: boolean;
}

/**
 * `#/trainer/import[/<workshop id>]`: choose a CSV or XLSX roster, check the preview (column mapping, every
 * problem by row and field, duplicates), then import all rows in one go. Nothing is written until then.
 */
export function RosterImportScreen({ workshopId }: { workshopId?: string }) {
  const { t, i18n } = useTranslation('roster');
  const enterprises = useApiData(() => api.listEnterprises({}), []);
  const workshop = useApiData(() => (workshopId ? api.getWorkshop({ id: workshopId }) : Promise.resolve(null)), [workshopId]);
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [choices, setChoices] = useState<Choices>({ defaultEnterpriseId: null, createMissingEnterprises: false, skipExisting: true });
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<RosterImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const language = i18n.language;

  useEffect(() => {
    if (!file) return;
    let live = true;
    api.previewRoster({ bytes: file.bytes, options: { fileName: file.name, ...choices } }).then(
      (next) => {
        if (!live) return;
        setPreview(next);
        setError(null);
      },
      (caught: unknown) => {
        if (!live) return;
        setPreview(null);
        setError(caught);
      },
    );
    return () => {
      live = false;
    };
  }, [file, choices]);

  const choose = async () => {
    const picked = await platform.openFile(['.csv', '.xlsx', '.txt']);
    if (!picked) return;
    setResult(null);
    setPreview(null);
    setChoices((c) => ({ ...c, mapping: undefined }));
    setFile(picked);
  };
  const runImport = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await api.importRoster({ bytes: file.bytes, options: { fileName: file.name, ...choices, enrollInWorkshopId: workshopId } }));
      setFile(null);
      setPreview(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const setMapping = (field: keyof RosterMapping, column: number | null) => {
    if (!preview) return;
    setChoices((c) => ({ ...c, mapping: { ...preview.mapping, [field]: column } }));
  };

  const problems = preview?.issues.length ?? 0;
  const duplicates = preview?.rows.filter((r) => r.duplicateOf !== null).length ?? 0;
  const existing = preview?.rows.filter((r) => r.duplicateOf?.kind === 'existing').length ?? 0;
  const toImport = (preview?.rows.length ?? 0) - (choices.skipExisting ? existing : 0);
  const canImport = preview !== null && preview.mapping.name !== null && problems === 0 && toImport > 0;
  const columnName = (index: number) => preview?.headers[index] || t('mapping.column', { number: index + 1 });

  return (
    <section className="stack">
      <a className="back-link" href={workshopId ? routeHref('trainer', 'workshops', workshopId) : routeHref('trainer', 'participants')}>{t('back')}</a>
      <div className="card stack">
        <h2>{workshop.data ? t('titleForWorkshop', { title: workshop.data.title }) : t('title')}</h2>
        <p className="hint">{t('intro')}</p>
        <div className="toolbar">
          <button type="button" className="button primary" onClick={choose}>{file ? t('chooseAnother') : t('choose')}</button>
          {file && <span className="file-name">{file.name}</span>}
          {preview && (
            <span className="badge">{preview.format === 'xlsx' ? t('format.xlsx') : t('format.csv', { encoding: t(`encoding.${preview.encoding ?? 'utf-8'}`) })}</span>
          )}
        </div>
        <div className="form-grid">
          <label className="field">
            <span>{t('options.defaultEnterprise')}</span>
            <select value={choices.defaultEnterpriseId ?? ''} onChange={(e) => setChoices((c) => ({ ...c, defaultEnterpriseId: e.target.value || null }))}>
              <option value="">{t('options.noDefault')}</option>
              {(enterprises.data ?? []).map((e) => (
                <option key={e.id} value={e.id}>{enterpriseLabel(e, language)}</option>
              ))}
            </select>
          </label>
          <div className="checks">
            <label className="check">
              <input type="checkbox" checked={choices.createMissingEnterprises} onChange={(e) => setChoices((c) => ({ ...c, createMissingEnterprises: e.target.checked }))} />
              {t('options.createMissing')}
            </label>
            <label className="check">
              <input type="checkbox" checked={choices.skipExisting} onChange={(e) => setChoices((c) => ({ ...c, skipExisting: e.target.checked }))} />
              {t('options.skipExisting')}
            </label>
          </div>
        </div>
      </div>
      <ErrorText error={error} />
      {result && (
        <div className="success stack" role="status">
          <strong>{t('done.title', { imported: formatNumber(result.imported, language) })}</strong>
          {result.skipped > 0 && <span>{t('done.skipped', { skipped: formatNumber(result.skipped, language) })}</span>}
          {result.createdEnterprises > 0 && <span>{t('done.enterprises', { created: formatNumber(result.createdEnterprises, language) })}</span>}
          {workshopId && <span>{t('done.enrolled', { enrolled: formatNumber(result.enrolled, language) })}</span>}
        </div>
      )}
      {preview && (
        <>
          <section className="card stack">
            <h3>{t('mapping.title')}</h3>
            <p className="hint">{t('mapping.hint', { row: preview.headerRow })}</p>
            <div className="mapping-grid">
              {ROSTER_FIELDS.map((field) => (
                <label key={field} className="field">
                  <span>{t(`field.${field}`)}</span>
                  <select value={preview.mapping[field] ?? ''} onChange={(e) => setMapping(field, e.target.value === '' ? null : Number(e.target.value))}>
                    <option value="">{t('mapping.none')}</option>
                    {preview.headers.map((_, index) => (
                      <option key={index} value={index}>{columnName(index)}</option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            {preview.mapping.name === null && <p className="error" role="alert">{t('mapping.needName')}</p>}
          </section>
          {preview.mapping.name !== null && (
            <section className="card stack">
              <div className="toolbar">
                <h3 className="grow">{t('check.title')}</h3>
                <span className="badge">{t('check.rows', { rows: formatNumber(preview.summary.rows, language) })}</span>
                <span className={problems > 0 ? 'badge bad' : 'badge good'}>{t('check.problems', { problems: formatNumber(problems, language) })}</span>
                <span className={duplicates > 0 ? 'badge warn' : 'badge'}>{t('check.duplicates', { duplicates: formatNumber(duplicates, language) })}</span>
              </div>
              {problems > 0 && (
                <div className="issue-box" role="alert">
                  <strong>{t('check.fixFirst')}</strong>
                  <ul className="issue-list">
                    {preview.issues.slice(0, 200).map((issue) => (
                      <li key={`${issue.row}-${issue.field}`}>
                        {t('issue.line', { row: issue.row, field: t(`field.${issue.field}`), problem: t(`issue.${issue.problem}`, { value: issue.value }) })}
                      </li>
                    ))}
                  </ul>
                  {preview.unknownEnterprises.length > 0 && !choices.createMissingEnterprises && <p>{t('check.unknownEnterprises', { names: preview.unknownEnterprises.join('、') })}</p>}
                </div>
              )}
              {problems === 0 && preview.unknownEnterprises.length > 0 && <p className="notice">{t('check.willCreate', { names: preview.unknownEnterprises.join('、') })}</p>}
              <RosterPreviewTable preview={preview} />
              <div className="actions">
                <span className="hint push-left">{canImport ? t('check.ready', { number: formatNumber(toImport, language) }) : ''}</span>
                <button type="button" className="button primary" disabled={!canImport || busy} onClick={runImport}>
                  {t('import', { number: formatNumber(Math.max(toImport, 0), language) })}
                </button>
              </div>
            </section>
          )}
        </>
      )}
    </section>
  );
}
