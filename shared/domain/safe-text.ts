import { z } from 'zod';

/**
 * Characters no typed text needs: C0 and C1 control characters (NUL, escape, …) and the bidi embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069), which make a name display in a different order than it is stored
 * and can disguise one name as another on a certificate or a list. Multi-line text keeps tab and line breaks.
 */
// Control characters are the point of these patterns.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The issue message the dispatcher recognises, to answer TEXT_UNSAFE_CHARACTERS instead of plain INVALID_INPUT. */
export const UNSAFE_CHARACTERS_MESSAGE = 'unsafe-characters';

export function hasUnsafeCharacters(text: string, multiline = false): boolean {
  return (multiline ? UNSAFE_IN_TEXT : UNSAFE_IN_LINE).test(text);
}

/** The text without those characters; for writing out records saved before they were refused. */
export function stripUnsafeCharacters(text: string): string {
  return text.replace(new RegExp(UNSAFE_IN_TEXT.source, 'g'), '');
}

/** One line of text typed by a person (a name, a title, a place), trimmed, at most `max` characters. */
export const lineText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((text) => !hasUnsafeCharacters(text), UNSAFE_CHARACTERS_MESSAGE);

/** Text that may span lines (notes). */
export const multilineText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !hasUnsafeCharacters(text, true), UNSAFE_CHARACTERS_MESSAGE);
