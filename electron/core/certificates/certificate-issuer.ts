import { AppError } from '../../../shared/api/result';
import type { LocalizedText } from '../../../shared/content/pack';
import { summarizeAttendance } from '../../../shared/domain/attendance-summary';
import { testPercent } from '../../../shared/domain/test-score';
import type { CertificateCandidate, CertificateRules, IneligibleReason, Signer, WorkshopCertificates } from '../../../shared/domain/certificates';
import type { ContentLibrary } from '../content/content-library';
import type { Db } from '../db/open-database';
import { nowIso } from '../db/timestamps';
import type { SettingsRepository } from '../settings/settings-repository';
import type { TrainerRepository } from '../trainers/trainer-repository';
import type { AttendanceRepository } from '../workshops/attendance-repository';
import type { WorkshopRepository } from '../workshops/workshop-repository';
import type { CertificateBatch } from '../pdf/certificate-batch';
import { storedForm, type CertificateAuthority } from './certificate-authority';
import { formatCode, MAX_SIGNERS, parseCode } from './certificate-code';
import { buildBatch } from './certificate-prints';
import { AttemptRepository } from '../quiz/attempt-repository';
import type { IssuedRow } from './certificate-repository';
import { CertificateRulesRepository } from './certificate-rules-repository';

interface PostTest {
  /** The best attempt's percentage, worked out as every other screen works it out. */
  bestPercent: number;
  passed: boolean;
}

export interface IssuerDeps {
  db: Db;
  authority: CertificateAuthority;
  workshops: WorkshopRepository;
  attendance: AttendanceRepository;
  trainers: TrainerRepository;
  settings: SettingsRepository;
  content: ContentLibrary;
}

/**
 * Decides who earns a certificate in a workshop (its rule set against attendance and the post-test), issues them
 * (number, signed code, one database row each, all in one transaction) and assembles what the PDFs print.
 */
export class CertificateIssuer {
  readonly rules: CertificateRulesRepository;
  private readonly attempts: AttemptRepository;

  constructor(private readonly deps: IssuerDeps) {
    this.rules = new CertificateRulesRepository(deps.db);
    this.attempts = new AttemptRepository(deps.db);
  }

  candidates(workshopId: string): WorkshopCertificates {
    const workshop = this.deps.workshops.require(workshopId);
    const rules = this.rules.get(workshopId);
    const sheet = this.deps.attendance.sheet(workshopId);
    const summary = summarizeAttendance(sheet);
    const tests = this.postTests(workshopId, workshop.moduleId, workshop.startDate);
    const issued = new Map(this.issuedRows([workshopId]).map((row) => [row.participant_id, row]));
    const candidates: CertificateCandidate[] = sheet.participants.map((participant) => {
      const rate = summary.byParticipant[participant.id]?.rate ?? 0;
      const test = tests.get(participant.id);
      const postTestPassed = test?.passed === true;
      const reasons: IneligibleReason[] = [];
      if (rate * 100 + 1e-9 < rules.minAttendancePercent) reasons.push('attendance');
      if (rules.requirePostTestPassed && !postTestPassed) reasons.push(test ? 'post-test' : 'post-test-missing');
      const certificate = issued.get(participant.id);
      return {
        participantId: participant.id,
        name: participant.name,
        enterprise: participant.enterprise,
        attendanceRate: rate,
        postTestPercent: test?.bestPercent ?? null,
        postTestPassed,
        eligible: reasons.length === 0,
        reasons,
        certificate: certificate ? { number: certificate.number, issuedAt: certificate.issued_at, revokedOn: this.deps.authority.history.revocation(certificate.number)?.on ?? null } : null,
      };
    });
    const coSigned = [...issued.values()].filter((row) => this.coSigned(row) && !this.deps.authority.history.revocation(row.number));
    const countersigned = coSigned.filter((row) => this.deps.authority.countersignatures.find(row.number)).length;
    return { workshopId, finished: workshop.status === 'done', rules, candidates, countersigning: { coSigned: coSigned.length, countersigned } };
  }

  setRules(workshopId: string, rules: CertificateRules): WorkshopCertificates {
    this.deps.workshops.require(workshopId);
    this.rules.set(workshopId, rules);
    return this.candidates(workshopId);
  }

  /** Issues a certificate to every eligible participant who has none yet. Returns how many were issued. */
  issue(workshopId: string): number {
    const { authority } = this.deps;
    const workshop = this.deps.workshops.require(workshopId);
    if (workshop.status !== 'done') throw new AppError('WORKSHOP_NOT_FINISHED');
    const sheet = this.deps.attendance.sheet(workshopId);
    const summary = summarizeAttendance(sheet);
    const names = new Map(sheet.participants.map((p) => [p.id, p.name]));
    return authority.records.transaction(() => {
      const due = this.candidates(workshopId).candidates.filter((c) => c.eligible && !c.certificate);
      const issuedAt = nowIso();
      const organisationName = this.deps.settings.get('organisation_name') ?? '';
      for (const candidate of due) {
        const attendedSessions = summary.byParticipant[candidate.participantId]?.attended ?? 0;
        const signed = authority.sign({
          number: authority.nextNumber(Number(issuedAt.slice(0, 4))),
          participantName: names.get(candidate.participantId)!,
          modules: [{ moduleId: workshop.moduleId, startDate: workshop.startDate, endDate: workshop.endDate, hours: Math.round(attendedSessions * workshop.hoursPerSession * 10) / 10 }],
          programmeTitle: null,
          issuedOn: issuedAt.slice(0, 10),
          organisationName,
          signers: this.signersOf(workshop.trainerNames),
          replaces: null,
        });
        authority.records.addWorkshopCertificate(workshopId, { ...storedForm(signed), participantId: candidate.participantId, issuedAt });
      }
      return due.length;
    });
  }

  /**
   * Replaces a certificate with a corrected one: a new number that names the one it replaces, the same training,
   * today's issue date, organisation and signers, and the name as corrected. The old record is kept as replaced,
   * so its code verifies as "replaced by" the new number. Returns the new number.
   */
  reissue(workshopId: string, number: string, participantName: string): string {
    const { authority } = this.deps;
    return authority.records.transaction(() => {
      const old = this.current(workshopId, number);
      if (authority.history.revocation(number)) throw new AppError('CERTIFICATE_REVOKED', { number });
      const workshop = this.deps.workshops.require(old.workshop_id);
      const previous = parseCode(formatCode(Buffer.from(old.payload, 'base64'), Buffer.from(old.signature, 'base64')))!.claims;
      const issuedAt = nowIso();
      const signed = authority.sign({
        ...previous,
        number: authority.nextNumber(Number(issuedAt.slice(0, 4))),
        participantName,
        issuedOn: issuedAt.slice(0, 10),
        organisationName: this.deps.settings.get('organisation_name') ?? '',
        signers: this.signersOf(workshop.trainerNames),
        replaces: number,
      });
      const stored = storedForm(signed);
      authority.history.recordReplaced(old, stored.number, issuedAt);
      authority.records.replaceWorkshopCertificate(number, { ...stored, issuedAt });
      return stored.number;
    });
  }

  /** Withdraws a current certificate of this workshop; its code then verifies as revoked, with the reason. */
  revoke(workshopId: string, number: string, reason: string): void {
    this.current(workshopId, number);
    this.deps.authority.history.revoke(number, reason);
  }

  private current(workshopId: string, number: string): IssuedRow {
    const row = this.deps.authority.records.workshopCertificate(workshopId, number);
    if (!row) throw new AppError('NOT_FOUND', { number });
    return row;
  }

  /** What to print for the issued certificates of these workshops (see buildBatch). */
  batch(workshopIds: readonly string[], participantIds?: readonly string[]): CertificateBatch {
    const wanted = participantIds ? new Set(participantIds) : null;
    const workshops = new Map(workshopIds.map((id) => [id, this.deps.workshops.require(id)]));
    const rows = this.issuedRows(workshopIds).filter((row) => !wanted || wanted.has(row.participant_id));
    return buildBatch(
      rows.map((row) => ({ payload: row.payload, signature: row.signature, issuedAt: row.issued_at, legacySigner: workshops.get(row.workshop_id)!.trainerNames[0] ?? '', countersignature: this.deps.authority.countersignatures.find(row.number) })),
      { settings: this.deps.settings, trainers: this.deps.trainers, moduleTitle: (id) => this.moduleTitle(id) },
    );
  }

  /** Codes of the workshop's current co-signed certificates still waiting for the co-signer's signature. */
  pendingCountersignatures(workshopId: string): string[] {
    return this.issuedRows([workshopId])
      .filter((row) => this.coSigned(row) && !this.deps.authority.history.revocation(row.number) && !this.deps.authority.countersignatures.find(row.number))
      .map((row) => formatCode(Buffer.from(row.payload, 'base64'), Buffer.from(row.signature, 'base64')));
  }

  /** The signed record of a current workshop certificate, for checking a co-signer's signature of it. */
  currentPayload(number: string): Uint8Array | null {
    const payload = this.deps.authority.records.workshopPayload(number);
    return payload === undefined ? null : new Uint8Array(Buffer.from(payload, 'base64'));
  }

  private coSigned(row: IssuedRow): boolean {
    return (parseCode(formatCode(Buffer.from(row.payload, 'base64'), Buffer.from(row.signature, 'base64')))?.claims.signers?.length ?? 0) > 1;
  }

  /** The first two trainers of a workshop (a co-delivered workshop's certificate carries both), with their titles. */
  signersOf(trainerNames: readonly string[]): Signer[] {
    return trainerNames.slice(0, MAX_SIGNERS).map((name) => ({ name, title: this.deps.trainers.title(name) }));
  }

  moduleTitle(moduleId: string): LocalizedText {
    return this.deps.content.list().find((pack) => pack.meta.id === moduleId)?.meta.title ?? { en: moduleId, 'zh-CN': moduleId };
  }

  private issuedRows(workshopIds: readonly string[]): IssuedRow[] {
    return this.deps.authority.records.ofWorkshops(workshopIds);
  }

  /**
   * Each participant's best finished post-test for the workshop: taken within it, or in Learn mode (no workshop)
   * on the module since the workshop began.
   */
  private postTests(workshopId: string, moduleId: string, startDate: string): Map<string, PostTest> {
    const best = new Map<string, PostTest>();
    for (const row of this.attempts.postTestsFor(workshopId, moduleId, startDate)) {
      const earlier = best.get(row.participantId);
      best.set(row.participantId, {
        bestPercent: Math.max(earlier?.bestPercent ?? 0, testPercent(row.score, row.maxScore)),
        passed: (earlier?.passed ?? false) || row.passed === true,
      });
    }
    return best;
  }
}
