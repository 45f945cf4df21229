import { GENDERS, type Gender } from '../../../shared/domain/people';
import type { BySex, DateRange, IndicatorChange, LedgerFigures, ProgrammeSummary } from '../../../shared/domain/follow-up/figures';
import { VISIT_PURPOSES, type VisitPurpose } from '../../../shared/domain/follow-up/visits';
import type { Db } from '../db/open-database';

/** Indicators (content ids of the OSH pack) that the programme summary reads as accidents and inspections. */
export const ACCIDENT_INDICATORS = ['work-accidents', 'lost-time-injuries', 'days-lost'] as const;
const INSPECTIONS = { found: 'inspection-violations-found', fixed: 'inspection-violations-fixed' } as const;

/** One enterprise, or every enterprise of the installation when null. */
interface Scope {
  enterpriseId: string | null;
  from: string;
  to: string;
  today: string;
}

const IN_SCOPE = '(@enterpriseId IS NULL OR enterprise_id = @enterpriseId)';

function bySex(rows: Array<{ sex: Gender; n: number }>): BySex {
  const counts = Object.fromEntries(GENDERS.map((g) => [g, 0])) as BySex;
  for (const row of rows) counts[row.sex] += row.n;
  return counts;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/**
 * The counts SCORE reports, computed from the ledger on every call, never stored: for one enterprise or the whole
 * installation, over a date range (visits and their findings by visit day, suggestions by the day they were made,
 * projects by their start). Overdue is as of `today`, whatever the range.
 */
export class LedgerFiguresRepository {
  constructor(private readonly db: Db) {}

  figures(enterpriseId: string | null, range: DateRange, today: string): LedgerFigures {
    const scope: Scope = { enterpriseId, ...range, today };
    const one = <T>(sql: string) => this.db.prepare(sql).get(scope) as T;
    const visits = one<{ n: number }>(`SELECT count(*) AS n FROM visits WHERE ${IN_SCOPE} AND visited_on BETWEEN @from AND @to`).n;
    const suggestionRows = this.db
      .prepare(
        `SELECT proposer_sex AS sex, proposer_role AS role, reply, implemented_on IS NOT NULL AS implemented, count(*) AS n
         FROM suggestions WHERE ${IN_SCOPE} AND submitted_on BETWEEN @from AND @to GROUP BY 1, 2, 3, 4`,
      )
      .all(scope) as Array<{ sex: Gender; role: string; reply: string; implemented: number; n: number }>;
    const sum = (keep: (row: (typeof suggestionRows)[number]) => boolean) => suggestionRows.filter(keep).reduce((total, row) => total + row.n, 0);
    const total = sum(() => true);
    const fromFrontline = sum((r) => r.role === 'worker');
    const fromWomen = sum((r) => r.sex === 'female');
    const hazards = one<{ found: number; fixed: number }>(
      `WITH per_finding AS (
         SELECT finding_id, sum(status IN ('open', 'in-progress')) AS unfinished FROM actions WHERE finding_id IS NOT NULL GROUP BY finding_id)
       SELECT count(*) AS found, coalesce(sum(per_finding.unfinished = 0), 0) AS fixed
       FROM visits v JOIN findings f ON f.visit_id = v.id LEFT JOIN per_finding ON per_finding.finding_id = f.id
       WHERE (@enterpriseId IS NULL OR v.enterprise_id = @enterpriseId) AND v.visited_on BETWEEN @from AND @to`,
    );
    const actions = one<LedgerFigures['actions']>(
      `SELECT count(*) AS total, coalesce(sum(status = 'open'), 0) AS open, coalesce(sum(status = 'in-progress'), 0) AS inProgress,
         coalesce(sum(status = 'done'), 0) AS done, coalesce(sum(status = 'verified'), 0) AS verified,
         coalesce(sum(status IN ('open', 'in-progress') AND due_on < @today), 0) AS overdue
       FROM actions WHERE ${IN_SCOPE}`,
    );
    const projects = one<{ n: number; done: number; saving: number }>(
      `SELECT count(*) AS n, coalesce(sum(status = 'done'), 0) AS done, coalesce(sum(saving), 0) AS saving
       FROM improvement_projects WHERE ${IN_SCOPE} AND started_on BETWEEN @from AND @to`,
    );
    const suggestionSaving = one<{ saving: number }>(
      `SELECT coalesce(sum(actual_saving), 0) AS saving FROM suggestions
       WHERE ${IN_SCOPE} AND submitted_on BETWEEN @from AND @to AND project_id IS NULL`,
    ).saving;
    return {
      visits,
      suggestions: {
        total,
        bySex: bySex(suggestionRows),
        fromFrontline,
        fromWomen,
        frontlinePercent: percent(fromFrontline, total),
        womenPercent: percent(fromWomen, total),
        accepted: sum((r) => r.reply === 'accepted'),
        rejected: sum((r) => r.reply === 'rejected'),
        underReview: sum((r) => r.reply === 'under-review'),
        implemented: sum((r) => r.implemented === 1),
      },
      hazardsFound: hazards.found,
      hazardsFixed: hazards.fixed,
      actions,
      projects: projects.n,
      projectsDone: projects.done,
      savings: projects.saving + suggestionSaving,
    };
  }

  /** Across every enterprise of this installation: the headline figures, split by sex wherever people are counted. */
  programmeSummary(range: DateRange, today: string): ProgrammeSummary {
    const scope: Scope = { enterpriseId: null, ...range, today };
    const enterprisesFollowed = (this.db.prepare('SELECT count(DISTINCT enterprise_id) AS n FROM visits WHERE visited_on BETWEEN @from AND @to').get(scope) as { n: number }).n;
    const purposes = this.db
      .prepare('SELECT purpose, count(*) AS n FROM visits WHERE visited_on BETWEEN @from AND @to GROUP BY purpose')
      .all(scope) as Array<{ purpose: VisitPurpose; n: number }>;
    const visitsByPurpose = Object.fromEntries(VISIT_PURPOSES.map((p) => [p, purposes.find((row) => row.purpose === p)?.n ?? 0])) as Record<VisitPurpose, number>;
    const teamMembersBySex = bySex(
      this.db
        .prepare(
          `SELECT p.gender AS sex, count(*) AS n FROM eit_members m JOIN participants p ON p.id = m.participant_id
           WHERE m.joined_on <= @to AND (m.left_on IS NULL OR m.left_on > @to) GROUP BY p.gender`,
        )
        .all(scope) as Array<{ sex: Gender; n: number }>,
    );
    const visitParticipantsBySex = bySex(
      this.db
        .prepare(
          `SELECT p.gender AS sex, count(DISTINCT p.id) AS n FROM visit_participants vp JOIN visits v ON v.id = vp.visit_id
           JOIN participants p ON p.id = vp.participant_id WHERE v.visited_on BETWEEN @from AND @to GROUP BY p.gender`,
        )
        .all(scope) as Array<{ sex: Gender; n: number }>,
    );
    const inspections = this.db
      .prepare(
        `SELECT coalesce(sum(CASE WHEN indicator_id = @found THEN value END), 0) AS found, coalesce(sum(CASE WHEN indicator_id = @fixed THEN value END), 0) AS fixed
         FROM indicator_values WHERE period <> 'baseline' AND period BETWEEN substr(@from, 1, 7) AND substr(@to, 1, 7)`,
      )
      .get({ ...range, ...INSPECTIONS }) as { found: number; fixed: number };
    return {
      ...this.figures(null, range, today),
      range,
      enterprisesFollowed,
      visitsByPurpose,
      teamMembersBySex,
      visitParticipantsBySex,
      accidents: ACCIDENT_INDICATORS.map((id) => this.indicatorChange(id, range)),
      inspections,
    };
  }

  /** Baseline against the latest month in the range, summed over the enterprises that have both. */
  private indicatorChange(indicatorId: string, range: DateRange): IndicatorChange {
    const rows = this.db
      .prepare(
        `WITH latest AS (
           SELECT enterprise_id, max(period) AS period FROM indicator_values
           WHERE indicator_id = @indicatorId AND period <> 'baseline' AND period BETWEEN substr(@from, 1, 7) AND substr(@to, 1, 7)
           GROUP BY enterprise_id)
         SELECT b.value AS baseline, b.value_female AS baseline_female, b.value_male AS baseline_male,
           l.value AS latest, l.value_female AS latest_female, l.value_male AS latest_male
         FROM latest
         JOIN indicator_values b ON b.enterprise_id = latest.enterprise_id AND b.indicator_id = @indicatorId AND b.period = 'baseline'
         JOIN indicator_values l ON l.enterprise_id = latest.enterprise_id AND l.indicator_id = @indicatorId AND l.period = latest.period`,
      )
      .all({ indicatorId, ...range }) as Array<{
      baseline: number;
      baseline_female: number | null;
      baseline_male: number | null;
      latest: number;
      latest_female: number | null;
      latest_male: number | null;
    }>;
    const split = rows.length > 0 && rows.every((r) => r.baseline_female !== null && r.latest_female !== null);
    const total = (pick: (row: (typeof rows)[number]) => number | null) => rows.reduce((sum, row) => sum + (pick(row) ?? 0), 0);
    return {
      indicatorId,
      enterprises: rows.length,
      baseline: total((r) => r.baseline),
      latest: total((r) => r.latest),
      baselineBySex: split ? { female: total((r) => r.baseline_female), male: total((r) => r.baseline_male) } : null,
      latestBySex: split ? { female: total((r) => r.latest_female), male: total((r) => r.latest_male) } : null,
    };
  }
}
