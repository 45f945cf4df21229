/**
 * Turns what a person typed into an FTS5 MATCH expression, never passing their text through as syntax: the text is
 * cut into runs of Han characters and runs of letters or digits, everything else (quotes, stars, colons, AND, NEAR)
 * is dropped or quoted, and each run becomes a quoted phrase. Han runs match as a phrase of single characters
 * (the index holds one token per character); Latin runs match as prefixes ("zw" finds "zw" and "zwx",
 * "zhangw" finds "zhangwei"). All runs must match.
 */
const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;
const MAX_TERMS = 8;

export function buildMatchQuery(text: string): string | null {
  const normalized = text.normalize('NFKC').toLowerCase().slice(0, 200);
  const terms: string[] = [];
  for (const match of normalized.matchAll(RUN)) {
    if (terms.length >= MAX_TERMS) break;
    const [, han, word] = match;
    if (han) terms.push(quote([...han].join(' ')));
    else if (word) terms.push(`${quote(word)}*`);
  }
  return terms.length > 0 ? terms.join(' ') : null;
}

function quote(phrase: string): string {
  return `"${phrase.replace(/"/g, '""')}"`;
}
