/**
 * Programmes: the workshops (modules) a participant must complete for one programme certificate, for example
 * SCORE Module 1 plus OSH.
 */
import type { EnterpriseName } from './people';

/** As many module lines as a certificate holds. */
export const MAX_PROGRAMME_WORKSHOPS = 4;

export interface ProgrammeWorkshop {
  id: string;
  title: string;
  moduleId: string;
  startDate: string;
  endDate: string;
  /** Only a workshop marked done counts as completed. */
  finished: boolean;
}

export interface ProgrammeSummary {
  id: string;
  title: string;
  /** In the order the certificate lists them. */
  workshops: ProgrammeWorkshop[];
  issued: number;
}

/** Someone enrolled in at least one of the programme's workshops. */
export interface ProgrammeCandidate {
  participantId: string;
  name: string;
  enterprise: EnterpriseName | null;
  /** Per workshop, in programme order: finished, and the participant qualifies under its certificate rules. */
  completed: boolean[];
  eligible: boolean;
  certificate: { number: string; issuedAt: string; revokedOn: string | null } | null;
}

export interface ProgrammeCertificates {
  programme: ProgrammeSummary;
  candidates: ProgrammeCandidate[];
}
