import { AppError } from '../../../shared/api/result';
import { summarizeAttendance } from '../../../shared/domain/attendance-summary';
import type { ModuleClaim } from '../../../shared/domain/certificates';
import type { ProgrammeCandidate, ProgrammeCertificates } from '../../../shared/domain/programmes';
import { nowIso } from '../db/timestamps';
import type { ProgrammeCertificateRow } from './certificate-repository';
import type { CertificateBatch } from '../pdf/certificate-batch';
import { storedForm } from './certificate-authority';
import { MAX_MODULES } from './certificate-code';
import type { CertificateIssuer, IssuerDeps } from './certificate-issuer';
import { buildBatch } from './certificate-prints';
import { ProgrammeRepository } from './programme-repository';

/**
 * Programme certificates: who has completed every workshop of a programme (each finished, and each one's own
 * certificate rules met), issuing one certificate that lists each module with its dates and hours, and the
 * batch to print them.
 */
export class ProgrammeIssuer {
  readonly programmes: ProgrammeRepository;

  constructor(
    private readonly deps: IssuerDeps,
    private readonly workshopIssuer: CertificateIssuer,
  ) {
    this.programmes = new ProgrammeRepository(deps.db);
  }

  create(title: string, workshopIds: string[]) {
    if (new Set(workshopIds).size !== workshopIds.length || workshopIds.length > MAX_MODULES) throw new AppError('INVALID_INPUT', { field: 'workshopIds' });
    return this.programmes.create(title, workshopIds);
  }

  candidates(programmeId: string): ProgrammeCertificates {
    const programme = this.programmes.require(programmeId);
    const perWorkshop = programme.workshops.map((w) => new Map(this.workshopIssuer.candidates(w.id).candidates.map((c) => [c.participantId, c])));
    const issued = new Map(this.issuedRows(programmeId).map((row) => [row.participant_id, row]));
    const people = new Map(perWorkshop.flatMap((map) => [...map.values()]).map((c) => [c.participantId, c]));
    const candidates = [...people.values()].map((person): ProgrammeCandidate => {
      const completed = programme.workshops.map((w, i) => w.finished && perWorkshop[i]!.get(person.participantId)?.eligible === true);
      const certificate = issued.get(person.participantId);
      return {
        participantId: person.participantId,
        name: person.name,
        enterprise: person.enterprise,
        completed,
        eligible: completed.every(Boolean),
        certificate: certificate ? { number: certificate.number, issuedAt: certificate.issued_at, revokedOn: this.deps.authority.history.revocation(certificate.number)?.on ?? null } : null,
      };
    });
    candidates.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    return { programme, candidates };
  }

  /** Issues to everyone who completed every workshop and has no programme certificate yet. Returns how many. */
  issue(programmeId: string): number {
    const { authority, settings } = this.deps;
    return authority.records.transaction(() => {
      const { programme, candidates } = this.candidates(programmeId);
      const due = candidates.filter((c) => c.eligible && !c.certificate);
      const workshops = programme.workshops.map((w) => this.deps.workshops.require(w.id));
      const attended = workshops.map((w) => summarizeAttendance(this.deps.attendance.sheet(w.id)).byParticipant);
      const signers = this.workshopIssuer.signersOf([...new Set(workshops.flatMap((w) => w.trainerNames.slice(0, 1)))]);
      const issuedAt = nowIso();
      for (const candidate of due) {
        const modules = workshops.map(
          (w, i): ModuleClaim => ({
            moduleId: w.moduleId,
            startDate: w.startDate,
            endDate: w.endDate,
            hours: Math.round((attended[i]![candidate.participantId]?.attended ?? 0) * w.hoursPerSession * 10) / 10,
          }),
        );
        const signed = authority.sign({
          number: authority.nextNumber(Number(issuedAt.slice(0, 4))),
          participantName: candidate.name,
          modules,
          programmeTitle: programme.title,
          issuedOn: issuedAt.slice(0, 10),
          organisationName: settings.get('organisation_name') ?? '',
          signers,
          replaces: null,
        });
        authority.records.addProgrammeCertificate(programmeId, { ...storedForm(signed), participantId: candidate.participantId, issuedAt });
      }
      return due.length;
    });
  }

  revoke(programmeId: string, number: string, reason: string): void {
    if (!this.issuedRows(programmeId).some((row) => row.number === number)) throw new AppError('NOT_FOUND', { number });
    this.deps.authority.history.revoke(number, reason);
  }

  batch(programmeId: string): CertificateBatch {
    this.programmes.require(programmeId);
    const rows = this.issuedRows(programmeId);
    return buildBatch(
      rows.map((row) => ({ payload: row.payload, signature: row.signature, issuedAt: row.issued_at, legacySigner: '', countersignature: null })),
      { settings: this.deps.settings, trainers: this.deps.trainers, moduleTitle: (id) => this.workshopIssuer.moduleTitle(id) },
    );
  }

  private issuedRows(programmeId: string): ProgrammeCertificateRow[] {
    return this.deps.authority.records.ofProgramme(programmeId);
  }
}
