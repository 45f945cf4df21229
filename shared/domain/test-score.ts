/**
 * A test's score as every screen and printout shows it. Partial credit (matching, ordering, hotspots) gives points
 * such as 3.53; people read "3.5 / 14", so the percentage is taken from the points as shown, once, here: the
 * result page, the module card, the results table, the certificates table and the PDFs then agree, and the same
 * figure is compared with the pass mark.
 */

/** Points as shown: one decimal. */
export function shownPoints(score: number): number {
  return Math.round(score * 10) / 10;
}

/** The test's percentage (0–100, one decimal), from the points as shown. */
export function testPercent(score: number, maxScore: number): number {
  return maxScore === 0 ? 0 : Math.round((shownPoints(score) / maxScore) * 1000) / 10;
}

/** "25.2%" / "25.2%": the percentage with at most one decimal, in the reader's language. */
export function formatTestPercent(percent: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** "3.5": points with at most one decimal, in the reader's language. */
export function formatPoints(score: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(shownPoints(score));
}
