import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileBytes } from '../../../../shared/api/bridge';
import type { PackProblem } from '../../../../shared/content/loaded-pack';
import type { ModuleSummary } from '../../../../shared/domain/learning';
import { ApiCallError, platform } from '../../../api/client';
import { ErrorText } from '../../../components/ErrorText';
import { useBrokenPacks, useInstallPackFromFiles, useInstallPackFromZip, useModules } from '../../../data/modules';
import { useLocalized } from '../../../hooks/use-localized';
import { routeHref } from '../../../routes';

export function ModuleList() {
  const { t } = useTranslation('guide');
  const local = useLocalized();
  const modules = useModules();
  const broken = useBrokenPacks();
  const installFromFiles = useInstallPackFromFiles();
  const installFromZip = useInstallPackFromZip();
  const [installed, setInstalled] = useState<ModuleSummary | null>(null);
  const [error, setError] = useState<unknown>(null);

  const install = async (read: () => Promise<FileBytes | FileBytes[] | null>) => {
    setError(null);
    setInstalled(null);
    try {
      const picked = await read();
      if (!picked) return;
      const summary = Array.isArray(picked)
        ? await installFromFiles.mutateAsync({ files: picked.map((f) => ({ path: f.name, bytes: f.bytes })) })
        : await installFromZip.mutateAsync({ bytes: picked.bytes });
      setInstalled(summary);
    } catch (caught) {
      setError(caught);
    }
  };

  const problems = error instanceof ApiCallError && Array.isArray(error.error.problems) ? (error.error.problems as PackProblem[]) : [];

  return (
    <div className="stack">
      <div className="page-header">
        <h2>{t('modules.title')}</h2>
        <div className="card-actions">
          <button type="button" className="button ghost" onClick={() => install(() => platform.openFile(['zip']))}>{t('modules.installZip')}</button>
          <button type="button" className="button ghost" onClick={() => install(() => platform.openFolder())}>{t('modules.installFolder')}</button>
        </div>
      </div>
      <p className="hint">{t('modules.intro')}</p>
      {installed && <p className="success" role="status">{t('modules.installed_ok', { title: local(installed.title) })}</p>}
      <ErrorText error={error} />
      {problems.length > 0 && (
        <section className="card problems">
          <h3>{t('modules.problemsTitle')}</h3>
          <ul>
            {problems.slice(0, 50).map((p, i) => (
              <li key={i}><code>{t('modules.problem', { file: p.file, field: p.field ? `[${p.field}]` : '', message: p.message })}</code></li>
            ))}
          </ul>
        </section>
      )}
      {(broken.data ?? []).map((pack) => (
        <section key={pack.folder} className="card problems">
          <h3>{t('modules.brokenTitle', { folder: pack.folder })}</h3>
          <ul>
            {pack.problems.slice(0, 20).map((p, i) => (
              <li key={i}><code>{t('modules.problem', { file: p.file, field: p.field ? `[${p.field}]` : '', message: p.message })}</code></li>
            ))}
          </ul>
        </section>
      ))}
      <div className="module-table card">
        {(modules.data ?? []).map((module) => (
          <div key={module.id} className="module-row">
            <div>
              <strong>{local(module.title)}</strong>
              <span className="meta">
                {t('modules.lessons', { count: module.lessons.length })} · {t('modules.version', { version: module.version })} ·{' '}
                {module.origin === 'bundled' ? t('modules.bundled') : t('modules.installed')}
              </span>
            </div>
            <a className="button primary" href={routeHref('trainer', 'modules', module.id)}>{t('modules.guide')}</a>
          </div>
        ))}
      </div>
    </div>
  );
}
