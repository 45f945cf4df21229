/**
 * Indicator values per enterprise: one baseline, then one value a month, with its source. The indicators
 * themselves (name, unit, direction, split by sex) are content, defined in packs.
 */
import { z } from 'zod';
import { recordId } from '../people';
import { line } from './fields';

/** 'baseline' or a month, YYYY-MM. */
export const indicatorPeriod = z.union([z.literal('baseline'), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)]);
export type IndicatorPeriod = z.infer<typeof indicatorPeriod>;

const amount = z.number().finite().min(-1_000_000_000).max(1_000_000_000);

export const indicatorValueInput = z
  .object({
    enterpriseId: recordId,
    indicatorId: z.string().min(1).max(64),
    period: indicatorPeriod,
    /** For an indicator split by sex, the parts; the total is then their sum, never typed separately. */
    value: amount,
    bySex: z.object({ female: amount, male: amount }).strict().nullable(),
    source: line(200),
  })
  .strict();
export type IndicatorValueInput = z.infer<typeof indicatorValueInput>;

export interface IndicatorValue extends IndicatorValueInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}
