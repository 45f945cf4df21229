import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseLabel, type Role } from '../../../../shared/domain/people';
import type { DuplicateDecision, RosterField, RosterImportResult, RosterMapping, RosterPreview } from '../../../../shared/domain/roster';
import { api, platform } from '../../../api/client';
import { ErrorText } from '../../../components/ErrorText';
import { useApiData } from '../../../hooks/use-api-data';
import { routeHref } from '../../../routes';
import { formatNumber } from '../components/format';
import { ColumnMapping } from './ColumnMapping';
import { DuplicateReview } from './DuplicateReview';
import { JobTitleRoles } from './JobTitleRoles';
import { MissingEnterprises } from './MissingEnterprises';
import { RosterIssueList } from './RosterIssueList';
import { RosterPreviewTable } from './RosterPreviewTable';
import { RosterSummary } from './RosterSummary';
import '../../../styles/roster.css';

/** What the trainer decided in the preview; everything else the file answers. */
interface Choices {
  mapping?: RosterMapping;
  defaultEnterpriseId: string | null;
  /** Left out, the core decides: on when no enterprise exists yet. */
  createMissingEnterprises?: boolean;
  titleRoles: Record<string, Role>;
  duplicates: Record<string, DuplicateDecision>;
}

const FRESH: Choices = { defaultEnterpriseId: null, titleRoles: {}, duplicates: {} };

/**
 * `#/trainer/import[/<workshop id>]`: choose a CSV or XLSX roster, check the preview (a summary first, then the
 * enterprises to add, errors, job titles, duplicates side by side, warnings, the columns and every row), then
 * import all rows in one go. Nothing is written until then.
 */
export function RosterImportScreen({ workshopId }: { workshopId?: string }) {
  const { t, i18n } = useTranslation('roster');
  const enterprises = useApiData(() => api.listEnterprises({}), []);
  const workshop = useApiData(() => (workshopId ? api.getWorkshop({ id: workshopId }) : Promise.resolve(null)), [workshopId]);
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [choices, setChoices] = useState<Choices>(FRESH);
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
    setChoices((c) => ({ ...FRESH, defaultEnterpriseId: c.defaultEnterpriseId }));
    setFile(picked);
  };
  const runImport = async () => {
    if (!file || !preview) return;
    setBusy(true);
    setError(null);
    try {
      // The enterprise choice the trainer saw is sent as shown, default or not.
      const options = { fileName: file.name, ...choices, createMissingEnterprises: preview.createMissingEnterprises, enrollInWorkshopId: workshopId };
      setResult(await api.importRoster({ bytes: file.bytes, options }));
      setFile(null);
      setPreview(null);
      setChoices((c) => ({ ...FRESH, defaultEnterpriseId: c.defaultEnterpriseId }));
      enterprises.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const setMapping = (field: RosterField, column: number | null) => {
    if (!preview) return;
    setChoices((c) => ({ ...c, mapping: { ...preview.mapping, [field]: column } }));
  };

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
        {(enterprises.data ?? []).length > 0 && (
          <label className="field roster-default-enterprise">
            <span>{t('options.defaultEnterprise')}</span>
            <select value={choices.defaultEnterpriseId ?? ''} onChange={(e) => setChoices((c) => ({ ...c, defaultEnterpriseId: e.target.value || null }))}>
              <option value="">{t('options.noDefault')}</option>
              {(enterprises.data ?? []).map((e) => (
                <option key={e.id} value={e.id}>{enterpriseLabel(e, language)}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      <ErrorText error={error} />
      {result && (
        <div className="success stack" role="status">
          <strong>{t('done.title', { imported: formatNumber(result.imported, language) })}</strong>
          {result.updated > 0 && <span>{t('done.updated', { updated: formatNumber(result.updated, language) })}</span>}
          {result.skipped > 0 && <span>{t('done.skipped', { skipped: formatNumber(result.skipped, language) })}</span>}
          {result.createdEnterprises > 0 && <span>{t('done.enterprises', { created: formatNumber(result.createdEnterprises, language) })}</span>}
          {workshopId && <span>{t('done.enrolled', { enrolled: formatNumber(result.enrolled, language) })}</span>}
        </div>
      )}
      {preview && (
        <>
          {preview.mapping.name === null && <ColumnMapping preview={preview} onChange={setMapping} />}
          {preview.mapping.name !== null && (
            <>
              <RosterSummary summary={preview.summary} busy={busy} onImport={runImport} />
              {preview.unknownEnterprises.length > 0 && (
                <MissingEnterprises names={preview.unknownEnterprises} create={preview.createMissingEnterprises} onChange={(create) => setChoices((c) => ({ ...c, createMissingEnterprises: create }))} />
              )}
              <RosterIssueList issues={preview.issues} kind="errors" />
              <JobTitleRoles titles={preview.jobTitles} onChoose={(key, role) => setChoices((c) => ({ ...c, titleRoles: { ...c.titleRoles, [key]: role } }))} />
              <DuplicateReview preview={preview} decisions={choices.duplicates} onDecide={(row, decision) => setChoices((c) => ({ ...c, duplicates: { ...c.duplicates, [String(row)]: decision } }))} />
              <RosterIssueList issues={preview.warnings} kind="warnings" />
              <ColumnMapping preview={preview} onChange={setMapping} />
              <RosterPreviewTable preview={preview} />
            </>
          )}
        </>
      )}
    </section>
  );
}
