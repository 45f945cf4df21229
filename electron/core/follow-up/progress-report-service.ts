import type { FileBytes } from '../../../shared/api/bridge';
import type { Language } from '../../../shared/domain/app';
import type { DateRange } from '../../../shared/domain/follow-up/figures';
import { enterpriseLabel } from '../../../shared/domain/people';
import { translate } from '../../../shared/i18n/translate';
import type { ContentLibrary } from '../content/content-library';
import type { EnterpriseRepository } from '../enterprises/enterprise-repository';
import type { PdfService } from '../pdf/pdf-service';
import { renderProgressReport, type IndicatorProgress } from '../pdf/progress-report';
import type { FollowUpStore } from './follow-up-store';

export interface ProgressReportDeps {
  store: FollowUpStore;
  enterprises: EnterpriseRepository;
  content: ContentLibrary;
  pdf: PdfService;
}

/**
 * An enterprise's progress report for a period: figures from the ledger, every indicator that has a baseline
 * against its latest month in the period, and the suggestions made and projects started in the period.
 */
export async function exportProgressReport(deps: ProgressReportDeps, enterpriseId: string, range: DateRange, language: Language, today: string): Promise<FileBytes> {
  const { store } = deps;
  const enterpriseName = enterpriseLabel(deps.enterprises.require(enterpriseId), language);
  const values = store.indicatorValues.listForEnterprise(enterpriseId);
  const [firstMonth, lastMonth] = [range.from.slice(0, 7), range.to.slice(0, 7)];
  const indicators: IndicatorProgress[] = [...deps.content.indicators().values()].flatMap((definition) => {
    const own = values.filter((v) => v.indicatorId === definition.id);
    const baseline = own.find((v) => v.period === 'baseline');
    if (!baseline) return [];
    const months = own.filter((v) => v.period !== 'baseline' && v.period >= firstMonth && v.period <= lastMonth);
    return [{ definition, baseline, latest: months.at(-1) ?? null }];
  });
  const inRange = (day: string) => day >= range.from && day <= range.to;
  const bytes = await renderProgressReport(deps.pdf.faces(), {
    language,
    enterpriseName,
    range,
    figures: store.figures.figures(enterpriseId, range, today),
    team: store.team.balance(enterpriseId),
    indicators,
    suggestions: store.suggestions.listForEnterprise(enterpriseId).filter((s) => inRange(s.submittedOn)).reverse(),
    projects: store.projects.listForEnterprise(enterpriseId).filter((p) => inRange(p.startedOn)).reverse(),
    generatedOn: today,
  });
  return { name: `${translate(language, 'pdf', 'files.progressReport', { enterprise: enterpriseName })}.pdf`, bytes };
}
