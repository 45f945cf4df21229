import type { FileBytes } from '../../../shared/api/bridge';
import type { Language } from '../../../shared/domain/app';
import { isOverdue, type Action } from '../../../shared/domain/follow-up/action-ledger';
import { enterpriseLabel } from '../../../shared/domain/people';
import { translate } from '../../../shared/i18n/translate';
import type { ContentLibrary } from '../content/content-library';
import type { EnterpriseRepository } from '../enterprises/enterprise-repository';
import type { ParticipantRepository } from '../participants/participant-repository';
import type { PdfService } from '../pdf/pdf-service';
import { prepareImage, type PreparedImage } from '../pdf/prepared-image';
import { renderVisitReport } from '../pdf/visit-report';
import type { FollowUpStore } from './follow-up-store';

export interface VisitReportDeps {
  store: FollowUpStore;
  enterprises: EnterpriseRepository;
  participants: ParticipantRepository;
  content: ContentLibrary;
  pdf: PdfService;
}

/**
 * Gathers a visit's report from the ledger: its findings with their photos, the actions on them, and the actions
 * of earlier visits (or of no visit) not finished on the visit's day. Overdue is judged as of that day, so a report
 * printed later says what was true then.
 */
export async function exportVisitReport(deps: VisitReportDeps, visitId: string, language: Language, today: string): Promise<FileBytes> {
  const { store } = deps;
  const visit = store.visits.require(visitId);
  const enterpriseName = enterpriseLabel(deps.enterprises.require(visit.enterpriseId), language);
  const findings = store.findings.listForVisit(visitId);
  const findingIds = new Set(findings.map((f) => f.id));
  // Records are often typed in after the visit, so what came before is judged by visit days, not by entry times.
  const visitDays = new Map(store.visits.list(visit.enterpriseId).map((v) => [v.id, v.visitedOn]));
  const earlierFindings = new Set(
    store.findings.listForEnterprise(visit.enterpriseId).filter((f) => (visitDays.get(f.visitId) ?? '') < visit.visitedOn).map((f) => f.id),
  );
  const asOf = visit.visitedOn < today ? visit.visitedOn : today;
  const actions = store.actions.listForEnterprise(visit.enterpriseId).map((a) => ({ ...a, overdue: isOverdue(a, asOf) }));
  const photosOf = (findingId: string): PreparedImage[] =>
    store.photos.listFor({ kind: 'finding', id: findingId }).flatMap((link) => prepareImage(store.photos.read(link.sha256)) ?? []);
  const moduleTitle = visit.moduleId === '' ? '—' : (tryModuleTitle(deps.content, visit.moduleId, language) ?? visit.moduleId);
  const bytes = await renderVisitReport(deps.pdf.faces(), {
    language,
    enterpriseName,
    moduleTitle,
    visit,
    participantNames: visit.participantIds.flatMap((id) => deps.participants.get(id)?.name ?? []),
    findings: findings.map((f) => ({ description: f.description, hazardCategory: f.hazardCategory, photos: photosOf(f.id) })),
    actions: actions.filter((a) => a.findingId !== null && findingIds.has(a.findingId)),
    carriedOver: actions.filter((a) => (a.findingId === null || earlierFindings.has(a.findingId)) && unfinishedOn(a, visit.visitedOn)),
    generatedOn: today,
  });
  return { name: `${translate(language, 'pdf', 'files.visitReport', { enterprise: enterpriseName, date: visit.visitedOn })}.pdf`, bytes };
}

/** Not finished on that day: still open now, or finished only after it. */
function unfinishedOn(action: Action, day: string): boolean {
  return action.doneOn === null || action.doneOn > day;
}

function tryModuleTitle(content: ContentLibrary, moduleId: string, language: Language): string | undefined {
  return content.list().find((pack) => pack.meta.id === moduleId)?.meta.title[language];
}
