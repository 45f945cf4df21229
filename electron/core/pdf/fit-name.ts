import { nameBreaks } from './name-breaks';
import type { Typesetter } from './typesetter';

export interface FittedText {
  size: number;
  lines: string[];
}

/** Sizes from the table's own down to the smallest that still reads well on a printed form. */
function sizesFrom(size: number, minSize: number): number[] {
  const sizes: number[] = [];
  for (let s = size; s >= minSize; s -= 0.5) sizes.push(s);
  return sizes;
}

/** Fills lines piece by piece; null when a piece alone is wider than the line (it would have to be split). */
function pack(type: Typesetter, text: string, seams: number[], size: number, width: number): string[] | null {
  const cuts = [0, ...seams, text.length];
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < cuts.length - 1; i++) {
    const piece = text.slice(cuts[i], cuts[i + 1]);
    if (line !== '' && type.width((line + piece).trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    if (line === '' && type.width(piece.trimEnd(), size) > width) return null;
    line += piece;
  }
  lines.push(line.trimEnd());
  return lines;
}

/**
 * An enterprise or department name in a table cell: on one line if shrinking (down to minSize) is enough; else
 * broken only at the seams name-breaks.ts ranks, preferring two lines to three, then as many lines as it takes;
 * split between characters only when a single word is wider than the cell.
 */
export function fitName(type: Typesetter, text: string, width: number, size: number, minSize: number): FittedText {
  const sizes = sizesFrom(size, minSize);
  for (const s of sizes) if (type.width(text, s) <= width) return { size: s, lines: [text] };
  const { strong, weak } = nameBreaks(text);
  const all = [...strong, ...weak].sort((a, b) => a - b);
  for (const [seams, maxLines] of [[strong, 2], [all, 2], [strong, 3], [all, 3]] as const) {
    for (const s of sizes) {
      const lines = pack(type, text, seams, s, width);
      if (lines && lines.length <= maxLines) return { size: s, lines };
    }
  }
  return { size: minSize, lines: pack(type, text, strong, minSize, width) ?? type.wrap(text, width, minSize) };
}
