/**
 * Follow-up content in a module pack (optional): the checklist templates run during factory visits and the
 * indicator definitions an enterprise reports. Documented in resources/content/FORMAT.md, "Follow-up content".
 */
import { z } from 'zod';
import { HAZARD_CATEGORIES } from '../domain/follow-up/action-ledger';
import { localizedText } from './pack';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and dashes');

/**
 * One item in the style of ILO's action checklists: a good practice stated as something to do ("Keep exits
 * unlocked"), answered "propose action?" yes / no / N.A. with a priority and a note. An item's id keeps its
 * meaning for ever: answers of past visits refer to it.
 */
export const checklistItem = z
  .object({ id, hazardCategory: z.enum(HAZARD_CATEGORIES), text: localizedText, hint: localizedText.optional() })
  .strict();
export type ChecklistItem = z.infer<typeof checklistItem>;

export const checklistTemplate = z
  .object({
    id,
    /** Raised whenever items change; a run records the version it was answered on. */
    version: z.number().int().min(1),
    title: localizedText,
    intro: localizedText,
    sections: z
      .array(z.object({ id, title: localizedText, items: z.array(checklistItem).min(1) }).strict())
      .min(1),
  })
  .strict();
export type ChecklistTemplate = z.infer<typeof checklistTemplate>;

export const indicatorDefinition = z
  .object({
    id,
    name: localizedText,
    unit: localizedText,
    /** Whether a fall (lower) or a rise (higher) is the improvement; charts and reports read the change by it. */
    better: z.enum(['lower', 'higher']),
    /**
     * count: people, events or hours, so the total is the sum of the parts by sex; rate: a share or a figure per
     * unit of output, whose total is a figure of its own (women's and men's absenteeism do not add up).
     */
    measure: z.enum(['count', 'rate']),
    /** Counted in people (injuries, absence, turnover): entered by sex as well, since SCORE reports by sex. */
    splitBySex: z.boolean(),
  })
  .strict();
export type IndicatorDefinition = z.infer<typeof indicatorDefinition>;

export const indicatorList = z.object({ indicators: z.array(indicatorDefinition).min(1) }).strict();
