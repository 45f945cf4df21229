import type * as fontkit from 'fontkit';
import { FACE_NAMES, type FaceName, type FontFaces } from './font-faces';
import { splitRuns, type Script, type TextRun } from './text-runs';

export interface StyledRun extends TextRun {
  face: FaceName;
  /** Advance width at font size 1. */
  width: number;
}

/** No line may start with these (closing punctuation, in both scripts). */
const NO_LINE_START = new Set([...'，。、：；！？）》」』】〉〕”’％…—·,.;:!?)]}%']);
/** No line may end with these (opening punctuation). */
const NO_LINE_END = new Set([...'（《「『【〈〔“‘([{']);

function isWide(char: string): boolean {
  const cp = char.codePointAt(0)!;
  return (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xffef) || cp >= 0x20000;
}

/** Printable ASCII with at least one letter: one run, measured and drawn unshaped. */
const PLAIN_LATIN = /^(?=[^]*[A-Za-z])[\x20-\x7e]*$/;
export const isPlainLatin = (text: string) => PLAIN_LATIN.test(text);

const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\u3000';

/** Break opportunities: after spaces, around Chinese characters, never against the punctuation rules above. */
function tokens(text: string): string[] {
  const chars = [...text];
  const out: string[] = [];
  let current = '';
  chars.forEach((char, i) => {
    current += char;
    const next = chars[i + 1];
    let breakHere: boolean;
    if (next === undefined) breakHere = true;
    else if (NO_LINE_START.has(next) || NO_LINE_END.has(char)) breakHere = false;
    else if (isSpace(char)) breakHere = !isSpace(next);
    else breakHere = isWide(char) || isWide(next);
    if (breakHere) {
      out.push(current);
      current = '';
    }
  });
  return out;
}

/**
 * Measures, wraps and splits text into face runs, with the faces of one document. Widths are cached per string,
 * so the repeated labels of a table or a batch are laid out once.
 */
export class Typesetter {
  private readonly cache = new Map<string, StyledRun[]>();
  private readonly advances = new Map<fontkit.Font, Map<number, number>>();
  readonly missing = new Set<string>();
  /**
   * Shaped runs as pdfkit caches them per embedded font; shared by every document this typesetter serves, so
   * that a batch shapes each distinct string once instead of once per certificate.
   */
  readonly pdfkitLayoutCaches = Object.fromEntries(FACE_NAMES.map((face) => [face, Object.create(null) as object])) as Record<FaceName, object>;

  constructor(
    private readonly faces: FontFaces,
    private readonly fallback: Script,
  ) {}

  fontOf(face: FaceName): fontkit.Font {
    return this.faces.fonts[face];
  }

  runs(text: string, bold: boolean): StyledRun[] {
    const key = `${bold ? 'b' : 'r'}${text}`;
    let runs = this.cache.get(key);
    if (!runs) {
      const weight = bold ? 'bold' : 'regular';
      const fonts = { cjk: this.faces.fonts[`cjk-${weight}`], latin: this.faces.fonts[`latin-${weight}`] };
      if (PLAIN_LATIN.test(text)) {
        // The Chinese face holds all of ASCII (see splitRuns for why Latin goes there).
        runs = [{ script: 'cjk', face: `cjk-${weight}`, text, width: this.advanceSum(fonts.cjk, text) }];
      } else {
        runs = splitRuns(text, fonts, this.fallback, (char) => this.missing.add(char)).map((run) => {
          const face: FaceName = `${run.script}-${weight}`;
          const font = fonts[run.script];
          return { ...run, face, width: font.layout(run.text).advanceWidth / font.unitsPerEm };
        });
      }
      this.cache.set(key, runs);
    }
    return runs;
  }

  /**
   * Puts plain-ASCII text into pdfkit's layout cache as unshaped glyph runs, word by word as pdfkit looks them
   * up, so that drawing matches advanceSum exactly and unique strings (codes, numbers) skip the shaper, whose
   * per-call setup costs more than the rest of drawing them.
   */
  primeLayout(face: FaceName, text: string): void {
    const cache = this.pdfkitLayoutCaches[face] as Record<string, unknown>;
    const font = this.faces.fonts[face];
    const scale = 1000 / font.unitsPerEm;
    let last = 0;
    for (let index = 0; index <= text.length; index++) {
      if (index < text.length && text[index] !== ' ') continue;
      const word = text.slice(last, index + 1);
      last = index + 1;
      if (word === '' || cache[word]) continue;
      const glyphs = [...word].map((char) => font.glyphForCodePoint(char.charCodeAt(0)));
      const positions = glyphs.map((glyph) => {
        const advance = glyph.advanceWidth * scale;
        return { xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance };
      });
      cache[word] = { glyphs, positions, advanceWidth: positions.reduce((sum, p) => sum + p.xAdvance, 0) };
    }
  }

  /**
   * Width of plain ASCII from per-letter advances, without shaping (see primeLayout).
   */
  private advanceSum(font: fontkit.Font, text: string): number {
    let cache = this.advances.get(font);
    if (!cache) {
      cache = new Map();
      this.advances.set(font, cache);
    }
    let sum = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let advance = cache.get(code);
      if (advance === undefined) {
        advance = font.glyphForCodePoint(code).advanceWidth / font.unitsPerEm;
        cache.set(code, advance);
      }
      sum += advance;
    }
    return sum;
  }

  width(text: string, size: number, bold = false): number {
    let width = 0;
    for (const run of this.runs(text, bold)) width += run.width;
    return width * size;
  }

  /** The largest size in [min, max] at which the text fits on one line, or min if it fits at none. */
  fitSize(text: string, maxWidth: number, maxSize: number, minSize: number, bold = false): number {
    const atOne = this.width(text, 1, bold);
    if (atOne === 0) return maxSize;
    return Math.max(minSize, Math.min(maxSize, Math.floor((maxWidth / atOne) * 10) / 10));
  }

  /** Greedy line filling; a word longer than the line is split between characters rather than overflow. */
  wrap(text: string, maxWidth: number, size: number, bold = false): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const token of tokens(paragraph)) {
        const fits = lineWidth + this.width(token.trimEnd(), size, bold) <= maxWidth;
        if (line !== '' && !fits) {
          lines.push(line.trimEnd());
          line = '';
          lineWidth = 0;
        }
        if (line === '' && this.width(token.trimEnd(), size, bold) > maxWidth) {
          // A single token wider than the line: split it between characters.
          const pieces = this.splitLong(token, maxWidth, size, bold);
          lines.push(...pieces.slice(0, -1));
          line = pieces.at(-1)!;
          lineWidth = this.width(line, size, bold);
          continue;
        }
        line += token;
        lineWidth += this.width(token, size, bold);
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  private splitLong(text: string, maxWidth: number, size: number, bold: boolean): string[] {
    const pieces: string[] = [];
    let current = '';
    for (const char of text) {
      if (current !== '' && this.width((current + char).trimEnd(), size, bold) > maxWidth) {
        pieces.push(current);
        current = char;
      } else {
        current += char;
      }
    }
    pieces.push(current);
    return pieces;
  }

  /** Shortens text with an ellipsis until it fits: for table cells where a second line has no room. */
  truncate(text: string, maxWidth: number, size: number, bold = false): string {
    if (this.width(text, size, bold) <= maxWidth) return text;
    const chars = [...text];
    while (chars.length > 0 && this.width(`${chars.join('').trimEnd()}…`, size, bold) > maxWidth) chars.pop();
    return `${chars.join('').trimEnd()}…`;
  }
}
