import { testPercent } from '../../../shared/domain/test-score';
import type { FileBytes } from '../../../shared/api/bridge';
import type { Language } from '../../../shared/domain/app';
import type { DocumentLanguage, PaperTestPart, TranscriptData } from '../../../shared/domain/documents';
import { summarizeAttendance } from '../../../shared/domain/attendance-summary';
import { enterpriseLabel, type Role } from '../../../shared/domain/people';
import type { Workshop } from '../../../shared/domain/workshops';
import { detectLanguage } from '../../../shared/i18n/detect-language';
import { translate } from '../../../shared/i18n/translate';
import { AppError } from '../../../shared/api/result';
import { safeFileName } from '../certificates/certificate-service';
import type { ContentLibrary } from '../content/content-library';
import type { Db } from '../db/open-database';
import { nowIso } from '../db/timestamps';
import type { ProgressRepository } from '../learning/progress-repository';
import type { ParticipantRepository } from '../participants/participant-repository';
import { renderAttendanceReport } from '../pdf/attendance-report';
import { renderFacilitatorGuide } from '../pdf/facilitator-guide';
import { renderPaperTest } from '../pdf/paper-test';
import type { PdfService } from '../pdf/pdf-service';
import { renderSignInSheet } from '../pdf/sign-in-sheet';
import { renderTranscript } from '../pdf/transcript';
import type { AttemptRepository } from '../quiz/attempt-repository';
import { drawTestQuestions } from '../quiz/draw-test';
import { presentQuestion } from '../quiz/present-question';
import { subSeed } from '../quiz/seeded-random';
import type { SettingsRepository } from '../settings/settings-repository';
import type { AttendanceRepository } from '../workshops/attendance-repository';
import type { EnrollmentRepository } from '../workshops/enrollment-repository';
import type { WorkshopRepository } from '../workshops/workshop-repository';
import { PaperTestSeeds } from './paper-test-seeds';

export interface DocumentDeps {
  db: Db;
  settings: SettingsRepository;
  content: ContentLibrary;
  workshops: WorkshopRepository;
  attendance: AttendanceRepository;
  enrollments: EnrollmentRepository;
  participants: ParticipantRepository;
  progress: ProgressRepository;
  attempts: AttemptRepository;
}

const pdfFile = (name: string, bytes: Uint8Array): FileBytes => ({ name: `${safeFileName(name)}.pdf`, bytes });

/** Gathers each printable document's data from the repositories and renders it with the shared fonts. */
export class DocumentService {
  readonly seeds: PaperTestSeeds;

  constructor(
    private readonly deps: DocumentDeps,
    private readonly pdf: PdfService,
  ) {
    this.seeds = new PaperTestSeeds(deps.db);
  }

  private language(requested: Language | undefined): Language {
    return requested ?? detectLanguage(this.deps.settings.get('language'), []);
  }

  private moduleOf(workshop: Workshop) {
    return this.deps.content.list().find((pack) => pack.meta.id === workshop.moduleId);
  }

  private venue(workshop: Workshop, language: Language): string {
    return workshop.location || enterpriseLabel(workshop.siteEnterprise, language);
  }

  /** The job title as the enterprise wrote it, else the SCORE role; with the department when there is one. */
  private position(role: Role, jobTitle: string, department: string, language: Language): string {
    const label = jobTitle || translate(language, 'trainer', `role.${role}`);
    if (!department) return label;
    return language === 'zh-CN' ? `${label}（${department}）` : `${label} (${department})`;
  }

  async signInSheet(workshopId: string, sessionId: string, blankRows: number, requested?: Language): Promise<FileBytes> {
    const language = this.language(requested);
    const workshop = this.deps.workshops.require(workshopId);
    const session = workshop.sessions.find((s) => s.id === sessionId);
    if (!session) throw new AppError('NOT_FOUND', { sessionId });
    const participants = this.deps.enrollments.list(workshopId).map((p) => {
      const record = this.deps.participants.get(p.id);
      return {
        name: p.name,
        enterprise: enterpriseLabel(p.enterprise, language),
        position: this.position(p.role, record?.jobTitle ?? '', p.department, language),
        gender: p.gender,
        phone: record?.phone ?? '',
      };
    });
    const bytes = await renderSignInSheet(this.pdf.faces(), {
      language,
      moduleTitle: this.moduleOf(workshop)?.meta.title ?? { en: workshop.moduleId, 'zh-CN': workshop.moduleId },
      workshopTitle: workshop.title,
      session: { date: session.date, half: session.half },
      venue: this.venue(workshop, language),
      trainers: workshop.trainerNames,
      participants,
      blankRows,
    });
    const name = translate(language, 'pdf', 'files.signIn', { title: workshop.title, date: session.date, half: translate(language, 'workshops', `half.${session.half}`) });
    return pdfFile(name, bytes);
  }

  async attendanceReport(workshopId: string, requested?: Language): Promise<FileBytes> {
    const language = this.language(requested);
    const workshop = this.deps.workshops.require(workshopId);
    const sheet = this.deps.attendance.sheet(workshopId);
    const bytes = await renderAttendanceReport(this.pdf.faces(), {
      language,
      moduleTitle: this.moduleOf(workshop)?.meta.title ?? { en: workshop.moduleId, 'zh-CN': workshop.moduleId },
      workshopTitle: workshop.title,
      venue: this.venue(workshop, language),
      trainers: workshop.trainerNames,
      startDate: workshop.startDate,
      endDate: workshop.endDate,
      sessions: sheet.sessions.map((s) => ({ id: s.id, date: s.date, half: s.half })),
      participants: sheet.participants.map((p) => ({ id: p.id, name: p.name, enterprise: enterpriseLabel(p.enterprise, language), gender: p.gender })),
      marks: sheet.marks,
      generatedOn: nowIso().slice(0, 10),
    });
    return pdfFile(translate(language, 'pdf', 'files.attendance', { title: workshop.title }), bytes);
  }

  async facilitatorGuide(moduleId: string, requested?: DocumentLanguage): Promise<FileBytes> {
    const language = requested ?? this.language(undefined);
    const pack = this.deps.content.get(moduleId);
    const bytes = await renderFacilitatorGuide(this.pdf.faces(), { language, meta: pack.meta, guide: pack.guide });
    const named: Language = language === 'en' ? 'en' : 'zh-CN';
    return pdfFile(translate(named, 'pdf', 'files.guide', { title: pack.meta.title[named] }), bytes);
  }

  async transcript(participantId: string, requested?: Language): Promise<FileBytes> {
    const language = this.language(requested);
    const participant = this.deps.participants.require(participantId);
    const workshopIds = (this.deps.db.prepare('SELECT workshop_id FROM enrollments WHERE participant_id = ?').all(participantId) as Array<{ workshop_id: string }>).map(
      (row) => row.workshop_id,
    );
    const workshops = workshopIds.map((id) => this.deps.workshops.require(id)).sort((a, b) => a.startDate.localeCompare(b.startDate));
    const certificates = new Map(
      (this.deps.db.prepare('SELECT workshop_id, number FROM certificates WHERE participant_id = ?').all(participantId) as Array<{ workshop_id: string; number: string }>).map((row) => [
        row.workshop_id,
        row.number,
      ]),
    );
    const studied = new Set(workshops.map((w) => w.moduleId));
    const modules: TranscriptData['modules'] = [];
    for (const pack of this.deps.content.list()) {
      const progress = this.deps.progress.forModule(participantId, pack.meta.id);
      const tests = this.deps.attempts.finishedTests(participantId, pack.meta.id);
      if (progress.length === 0 && tests.length === 0 && !studied.has(pack.meta.id)) continue;
      const best = (kind: 'pre' | 'post') => {
        const scores = tests.filter((t) => t.kind === kind && t.max_score).map((t) => testPercent(t.score ?? 0, t.max_score!));
        return scores.length > 0 ? Math.max(...scores) : null;
      };
      modules.push({
        title: pack.meta.title,
        lessonsDone: progress.filter((p) => p.completed_at !== null).length,
        lessonsTotal: pack.meta.lessons.length,
        minutes: Math.round(progress.reduce((sum, p) => sum + p.seconds_spent, 0) / 60),
        preTest: best('pre'),
        postTest: best('post'),
        postTestPassed: tests.some((t) => t.kind === 'post' && t.passed === 1),
      });
    }
    const bytes = await renderTranscript(this.pdf.faces(), {
      language,
      participant: {
        name: participant.name,
        enterprise: enterpriseLabel(participant.enterprise, language),
        position: this.position(participant.role, participant.jobTitle, participant.department, language),
      },
      generatedOn: nowIso().slice(0, 10),
      modules,
      workshops: workshops.map((workshop) => {
        const summary = summarizeAttendance(this.deps.attendance.sheet(workshop.id));
        return {
          title: workshop.title,
          moduleTitle: this.moduleOf(workshop)?.meta.title ?? { en: workshop.moduleId, 'zh-CN': workshop.moduleId },
          startDate: workshop.startDate,
          endDate: workshop.endDate,
          attended: summary.byParticipant[participantId]?.attended ?? 0,
          sessions: workshop.sessions.length,
          certificateNumber: certificates.get(workshop.id) ?? null,
        };
      }),
    });
    return pdfFile(translate(language, 'pdf', 'files.transcript', { name: participant.name }), bytes);
  }

  async paperTest(workshopId: string, kind: 'pre' | 'post', part: PaperTestPart, requested?: DocumentLanguage): Promise<FileBytes> {
    const language = requested ?? this.language(undefined);
    const workshop = this.deps.workshops.require(workshopId);
    const pack = this.deps.content.get(workshop.moduleId);
    const seed = this.seeds.get(workshopId, kind);
    const questions = drawTestQuestions(pack, seed).map((question, i) => ({ question, presented: presentQuestion(question, subSeed(seed, i)) }));
    const images: Record<string, { mediaType: string; bytes: Uint8Array }> = {};
    for (const { question } of questions) if (question.type === 'hotspot') images[question.image] = this.deps.content.readImage(pack.meta.id, question.image);
    const bytes = await renderPaperTest(this.pdf.faces(), {
      language,
      part,
      kind,
      moduleTitle: pack.meta.title,
      workshopTitle: workshop.title,
      passMark: pack.meta.passMark,
      questions,
      images,
    });
    const named: Language = language === 'en' ? 'en' : 'zh-CN';
    const partName = translate(named, 'pdf', `paper.${part === 'paper' ? 'paper' : part === 'answer-sheet' ? 'answerSheet' : 'answerKey'}`);
    return pdfFile(translate(named, 'pdf', 'files.paper', { kind: translate(named, 'pdf', `paper.kind.${kind}`), part: partName, title: workshop.title }), bytes);
  }
}

