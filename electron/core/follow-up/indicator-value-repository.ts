import { AppError } from '../../../shared/api/result';
import type { IndicatorDefinition } from '../../../shared/content/follow-up-content';
import type { IndicatorValue, IndicatorValueInput } from '../../../shared/domain/follow-up/indicator-values';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';

interface ValueRow {
  id: string;
  enterprise_id: string;
  indicator_id: string;
  period: string;
  value: number;
  value_female: number | null;
  value_male: number | null;
  source: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, enterprise_id, indicator_id, period, value, value_female, value_male, source, created_at, updated_at';

function toValue(row: ValueRow): IndicatorValue {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    indicatorId: row.indicator_id,
    period: row.period,
    value: row.value,
    bySex: row.value_female === null || row.value_male === null ? null : { female: row.value_female, male: row.value_male },
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Indicator values: one per enterprise, indicator and period; saving the same period again replaces it. */
export class IndicatorValueRepository {
  constructor(private readonly db: Db) {}

  /**
   * A value split by sex is stored with its parts. For a count (injuries, days) the total is their sum, whatever
   * was typed as total; a rate (absenteeism %) keeps its own total, since the parts of a rate do not add up.
   */
  save(input: IndicatorValueInput, measure: IndicatorDefinition['measure']): IndicatorValue {
    const value = input.bySex !== null && measure === 'count' ? input.bySex.female + input.bySex.male : input.value;
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO indicator_values (${COLUMNS})
         VALUES (@id, @enterpriseId, @indicatorId, @period, @value, @female, @male, @source, @now, @now)
         ON CONFLICT (enterprise_id, indicator_id, period) DO UPDATE SET value = excluded.value, value_female = excluded.value_female,
           value_male = excluded.value_male, source = excluded.source, updated_at = excluded.updated_at`,
      )
      .run({ ...input, id: newId(), value, female: input.bySex?.female ?? null, male: input.bySex?.male ?? null, now });
    const row = this.db
      .prepare(`SELECT ${COLUMNS} FROM indicator_values WHERE enterprise_id = ? AND indicator_id = ? AND period = ?`)
      .get(input.enterpriseId, input.indicatorId, input.period) as ValueRow;
    return toValue(row);
  }

  delete(id: string): void {
    if (this.db.prepare('DELETE FROM indicator_values WHERE id = ?').run(id).changes === 0) throw new AppError('NOT_FOUND');
  }

  /** Baseline first, then month by month. */
  listForEnterprise(enterpriseId: string): IndicatorValue[] {
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} FROM indicator_values WHERE enterprise_id = ? ORDER BY indicator_id, period = 'baseline' DESC, period`)
      .all(enterpriseId) as ValueRow[];
    return rows.map(toValue);
  }
}
