import type { IndicatorDefinition } from '../../../shared/content/follow-up-content';
import { isOverdue } from '../../../shared/domain/follow-up/action-ledger';
import type { MissingIndicator, VisitOpening } from '../../../shared/domain/follow-up/figures';
import type { FollowUpStore } from './follow-up-store';

/** The months YYYY-MM from `first` up to and including `last`. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

function previousMonth(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/**
 * What a trainer sees first when opening a visit (a new one when visitId is null): the unfinished actions with
 * the overdue ones first, the answers of the visit before, and the indicator values still missing: the
 * baseline, and each month from the first visit's month up to the month before this visit (or before today).
 */
export function openVisit(store: FollowUpStore, indicators: IndicatorDefinition[], enterpriseId: string, visitId: string | null, today: string): VisitOpening {
  const visit = visitId === null ? null : store.visits.require(visitId);
  const visits = store.visits.list(enterpriseId);
  const previousVisit = visit ? (store.visits.previous(visit) ?? null) : (visits[0] ?? null);
  const unfinishedActions = store.actions
    .listUnfinished(enterpriseId)
    .map((action) => ({ ...action, overdue: isOverdue(action, today) }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue));
  const firstVisit = visits.at(-1);
  const lastMonth = previousMonth(visit?.visitedOn ?? today);
  const expected = firstVisit ? monthsBetween(firstVisit.visitedOn.slice(0, 7), lastMonth) : [];
  const recorded = new Set(store.indicatorValues.listForEnterprise(enterpriseId).map((v) => `${v.indicatorId}/${v.period}`));
  const missingIndicators: MissingIndicator[] = indicators
    .map((indicator) => ({
      indicatorId: indicator.id,
      baselineMissing: !recorded.has(`${indicator.id}/baseline`),
      monthsMissing: expected.filter((month) => !recorded.has(`${indicator.id}/${month}`)),
    }))
    .filter((m) => m.baselineMissing || m.monthsMissing.length > 0);
  return {
    enterpriseId,
    previousVisit,
    previousRuns: previousVisit ? store.checklists.listForVisit(previousVisit.id) : [],
    unfinishedActions,
    missingIndicators,
  };
}
