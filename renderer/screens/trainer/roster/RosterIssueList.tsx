import { useTranslation } from 'react-i18next';
import type { RosterIssue } from '../../../../shared/domain/roster';

const SHOWN = 200;

/** Errors (which stop the import) or warnings (which do not), each named by row and field. */
export function RosterIssueList({ issues, kind }: { issues: RosterIssue[]; kind: 'errors' | 'warnings' }) {
  const { t } = useTranslation('roster');
  if (issues.length === 0) return null;
  return (
    <div className={kind === 'errors' ? 'issue-box' : 'roster-warning-box'} role={kind === 'errors' ? 'alert' : undefined}>
      <strong>{kind === 'errors' ? t('check.fixFirst') : t('warnings.title')}</strong>
      <ul className="issue-list">
        {issues.slice(0, SHOWN).map((issue) => (
          <li key={`${issue.row}-${issue.field}-${issue.problem}`}>
            {t('issue.line', { row: issue.row, field: t(`field.${issue.field}`), problem: t(`issue.${issue.problem}`, { value: issue.value }) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
