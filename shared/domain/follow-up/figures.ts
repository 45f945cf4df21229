/**
 * Figures derived from the ledger, never typed: what SCORE reports (suggestions and their shares from frontline
 * workers and from women, hazards found and fixed, actions overdue, savings), and what a visit opens with.
 */
import { z } from 'zod';
import type { Gender } from '../people';
import type { Action } from './action-ledger';
import type { ChecklistRun, Visit, VisitPurpose } from './visits';
import { isoDay } from './fields';

export const dateRange = z
  .object({ from: isoDay, to: isoDay })
  .strict()
  .refine((r) => r.from <= r.to, { path: ['to'], message: 'dates out of order' });
export type DateRange = z.infer<typeof dateRange>;

export type BySex = Record<Gender, number>;

export interface SuggestionFigures {
  total: number;
  bySex: BySex;
  /** Proposed by workers (the frontline), named or anonymous. */
  fromFrontline: number;
  fromWomen: number;
  /** Shares in percent, null when there is no suggestion to divide by. */
  frontlinePercent: number | null;
  womenPercent: number | null;
  accepted: number;
  rejected: number;
  underReview: number;
  implemented: number;
}

export interface ActionFigures {
  total: number;
  open: number;
  inProgress: number;
  done: number;
  verified: number;
  overdue: number;
}

export interface LedgerFigures {
  visits: number;
  suggestions: SuggestionFigures;
  /** Findings of visits in the range; fixed = every action on it done or verified (and at least one action). */
  hazardsFound: number;
  hazardsFixed: number;
  actions: ActionFigures;
  projects: number;
  projectsDone: number;
  /**
   * RMB per year: the projects' savings plus the actual savings of suggestions not linked to a project (a
   * suggestion that became a project is counted once, in its project).
   */
  savings: number;
}

/** An indicator summed over enterprises that have both a baseline and a month in the range: baseline vs latest. */
export interface IndicatorChange {
  indicatorId: string;
  enterprises: number;
  baseline: number;
  latest: number;
  baselineBySex: { female: number; male: number } | null;
  latestBySex: { female: number; male: number } | null;
}

export interface ProgrammeSummary extends LedgerFigures {
  range: DateRange;
  enterprisesFollowed: number;
  visitsByPurpose: Record<VisitPurpose, number>;
  /** People counted by sex: current team members, and the distinct enterprise people who took part in visits. */
  teamMembersBySex: BySex;
  visitParticipantsBySex: BySex;
  accidents: IndicatorChange[];
  /** Violations found and fixed in inspections, summed over the months in the range. */
  inspections: { found: number; fixed: number };
}

export interface ActionWithState extends Action {
  overdue: boolean;
}

export interface MissingIndicator {
  indicatorId: string;
  baselineMissing: boolean;
  /** Months (YYYY-MM) from the first visit's month up to the month before today with no value yet. */
  monthsMissing: string[];
}

/** What a trainer sees first when opening a visit: the open and overdue actions, last time's answers, the gaps. */
export interface VisitOpening {
  enterpriseId: string;
  previousVisit: Visit | null;
  previousRuns: ChecklistRun[];
  /** Open and in-progress actions, overdue first. */
  unfinishedActions: ActionWithState[];
  missingIndicators: MissingIndicator[];
}
