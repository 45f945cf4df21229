import { useTranslation } from 'react-i18next';
import type { RosterSummary as Summary } from '../../../../shared/domain/roster';
import { formatNumber } from '../components/format';

const FIGURES = ['rows', 'newPeople', 'duplicates', 'newEnterprises', 'warnings', 'errors'] as const;

function tone(figure: (typeof FIGURES)[number], value: number): string {
  if (value === 0) return 'roster-figure';
  if (figure === 'errors') return 'roster-figure bad';
  if (figure === 'warnings' || figure === 'duplicates') return 'roster-figure warn';
  return 'roster-figure';
}

/** The preview's first card: what the file holds and what the import will do, with the button to do it. */
export function RosterSummary({ summary, busy, onImport }: { summary: Summary; busy: boolean; onImport: () => void }) {
  const { t, i18n } = useTranslation('roster');
  const language = i18n.language;
  const toImport = summary.newPeople + summary.updates;
  const canImport = summary.errors === 0 && toImport > 0;
  const status = summary.errors > 0 ? t('summary.blocked', { errors: formatNumber(summary.errors, language) })
    : toImport === 0 ? t('summary.nothing')
    : summary.updates === 0 ? t('summary.readyNew', { people: formatNumber(summary.newPeople, language) })
    : t('summary.ready', { people: formatNumber(summary.newPeople, language), updates: formatNumber(summary.updates, language) });
  return (
    <section className="card stack" aria-labelledby="roster-summary-title">
      <h3 id="roster-summary-title">{t('summary.title')}</h3>
      <dl className="roster-figures">
        {FIGURES.map((figure) => (
          <div key={figure} className={tone(figure, summary[figure])}>
            <dt>{t(`summary.${figure}`)}</dt>
            <dd>{formatNumber(summary[figure], language)}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <p className={summary.errors > 0 ? 'error push-left' : 'hint push-left'} role="status">{status}</p>
        <button type="button" className="button primary" disabled={!canImport || busy} onClick={onImport}>
          {t('import', { number: formatNumber(toImport, language) })}
        </button>
      </div>
    </section>
  );
}
