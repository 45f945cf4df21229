/** Field schemas shared by every follow-up record: days, free text, money, and the record-date order rule. */
import { z } from 'zod';
import { lineText, multilineText } from '../safe-text';
import { isoDate } from '../workshops';

export const isoDay = isoDate;
/** Free text that may span lines (notes, descriptions); control characters refused like everywhere else. */
export const note = (max = 2000) => multilineText(max).pipe(z.string().trim());
export const requiredText = (max: number) => multilineText(max).pipe(z.string().trim().min(1));
/** One line: a name, a title, an organisation, a caption. */
export const line = lineText;
export const requiredLine = (max: number) => lineText(max).pipe(z.string().min(1));

/** RMB per year; a saving is never negative (a loss is a cost, recorded as such). */
export const money = z.number().finite().min(0).max(1_000_000_000);

/** Adds an issue on `later` when both days are set and `later` comes before `earlier`. */
export function requireOrder(
  context: z.RefinementCtx,
  earlier: string | null | undefined,
  later: string | null | undefined,
  path: string,
  strictly = false,
): void {
  if (!earlier || !later) return;
  if (later < earlier || (strictly && later === earlier)) context.addIssue({ code: 'custom', path: [path], message: 'dates out of order' });
}
