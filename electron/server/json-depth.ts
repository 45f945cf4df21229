/** Deeper than any request of the contract (a few levels) by far, shallow enough that parsing stays cheap. */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]);
const CLOSE = new Set([0x5d, 0x7d]);

/**
 * True when no array or object in the JSON text nests deeper than `maxDepth`, checked before JSON.parse: ten
 * megabytes of `[[[…]]]` would otherwise tie the server up parsing and walking it. Strings are skipped with
 * indexOf, so a large base64 payload costs almost nothing.
 */
export function nestingWithin(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === QUOTE) {
      i = endOfString(text, i);
      if (i === -1) return true;
    } else if (OPEN.has(char)) {
      if (++depth > maxDepth) return false;
    } else if (CLOSE.has(char)) {
      depth--;
    }
  }
  return true;
}

/** The index of the quote closing the string opened at `start`, or -1 (the parser will reject the text). */
function endOfString(text: string, start: number): number {
  let at = text.indexOf('"', start + 1);
  while (at !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
  return -1;
}
