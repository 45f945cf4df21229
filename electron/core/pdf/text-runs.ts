import type * as fontkit from 'fontkit';

export type Script = 'cjk' | 'latin';
export interface TextRun {
  script: Script;
  text: string;
}

/** Drawn in place of a character that no shipped face has: the typesetter's mark for a missing character. */
export const MISSING_MARK = '\u3013';

type Kind = Script | 'neutral' | 'mark';

function kindOf(cp: number): Kind {
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return 'latin';
  if (cp >= 0x300 && cp <= 0x36f) return 'mark';
  if (cp >= 0xc0 && cp <= 0x4ff && cp !== 0xd7 && cp !== 0xf7) return 'latin';
  if ((cp >= 0x1e00 && cp <= 0x1eff) || (cp >= 0xfb00 && cp <= 0xfb06)) return 'latin';
  if (
    (cp >= 0x2e80 && cp <= 0x9fff) || // radicals, CJK punctuation, kana, bopomofo, hanzi
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  ) {
    return 'cjk';
  }
  return 'neutral';
}

/**
 * Splits text into runs of one face each. Letters pick their script; digits, spaces and punctuation follow
 * the letters around them (so “引号” stay Chinese and "quotes" stay Latin). A character the chosen face lacks
 * goes to the other face; one that neither has becomes MISSING_MARK and is reported to `onMissing`.
 * `script` in the result names the face: 'cjk' is Noto Sans CJK, 'latin' is Noto Sans.
 */
export function splitRuns(
  text: string,
  faces: Record<Script, fontkit.Font>,
  fallback: Script,
  onMissing?: (char: string) => void,
): TextRun[] {
  const chars = [...text.normalize('NFC')];
  const kinds = chars.map((c) => kindOf(c.codePointAt(0)!));
  const nextStrong: Array<Script | null> = new Array<Script | null>(chars.length);
  let upcoming: Script | null = null;
  for (let i = chars.length - 1; i >= 0; i--) {
    const kind = kinds[i]!;
    if (kind === 'cjk' || kind === 'latin') upcoming = kind;
    nextStrong[i] = upcoming;
  }
  const scripts: Script[] = [];
  let previous: Script | null = null;
  for (let i = 0; i < chars.length; i++) {
    const kind = kinds[i]!;
    if (kind === 'cjk' || kind === 'latin') previous = kind;
    if (kind === 'mark' && i > 0) scripts.push(scripts[i - 1]!);
    else scripts.push(kind === 'cjk' || kind === 'latin' ? kind : (previous ?? nextStrong[i] ?? fallback));
  }
  // Latin words are set in the Chinese face's own Latin (Source Sans, designed to sit beside the hanzi) unless
  // that face lacks one of their letters (ł, ő, ș...): then the whole word run takes the Latin face, so a name
  // never mixes two designs. Documents without such names embed only the Chinese faces.
  for (let start = 0; start < chars.length; ) {
    let end = start;
    while (end < chars.length && scripts[end] === scripts[start]) end++;
    if (scripts[start] === 'latin' && chars.slice(start, end).every((c) => faces.cjk.hasGlyphForCodePoint(c.codePointAt(0)!))) {
      scripts.fill('cjk', start, end);
    }
    start = end;
  }
  const runs: TextRun[] = [];
  for (let i = 0; i < chars.length; i++) {
    let char = chars[i]!;
    let script = scripts[i]!;
    const cp = char.codePointAt(0)!;
    if (!faces[script].hasGlyphForCodePoint(cp)) {
      const other: Script = script === 'cjk' ? 'latin' : 'cjk';
      if (faces[other].hasGlyphForCodePoint(cp)) script = other;
      else if (cp > 0x20) {
        onMissing?.(char);
        char = MISSING_MARK;
        script = 'cjk';
      }
    }
    const last = runs.at(-1);
    if (last && last.script === script) last.text += char;
    else runs.push({ script, text: char });
  }
  return runs;
}
