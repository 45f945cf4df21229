import { pinyin } from 'pinyin-pro';

/** Han ideographs, including the extension blocks rare surnames come from. */
const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Raise this whenever what nameKeys, phoneKey or participantSearchText compute changes: at start-up the core
 * recomputes every stored key and token written by another version (participants/search-index-repository.ts).
 */
export const SEARCH_INDEX_VERSION = 1;

export interface NameKeys {
  /** Compared to find duplicates: NFKC, lower case, no spaces. */
  nameKey: string;
  /** Orders lists the way a Chinese contact list does: Chinese names by pinyin among the Latin ones. */
  sortKey: string;
  /** The text the full-text index sees; see `searchTokens`. */
  tokens: string;
}

export function normalizeName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** What duplicates are compared by (see `NameKeys.nameKey`), without the pinyin work the other keys need. */
export function nameKey(name: string): string {
  return normalizeName(name).toLowerCase().replace(/\s+/g, '');
}

/** Digits only, so that "138 0013 8000" and "13800138000" compare equal; too short to mean anything is ''. */
export function phoneKey(phone: string): string {
  const digits = phone.normalize('NFKC').replace(/\D/g, '');
  return digits.length >= 7 ? digits : '';
}

/**
 * SQLite's unicode61 tokenizer keeps a run of Chinese characters as one token, and the trigram tokenizer cannot
 * match a two-character name. So the index is fed tokens computed here, at write time:
 * - every Han character on its own (a query "张伟" becomes the phrase "张 伟"),
 * - each pinyin syllable, the syllables joined ("zhangwei") and their initials ("zw"), both with ü written as
 *   v ("lv", as people type it) and as u ("lu", as unicode61 folds "lü"),
 * - Latin words in lower case, and joined when there are several.
 * Surnames use their surname reading (单 is shan, 曾 is zeng).
 */
export function searchTokens(name: string): string {
  const normalized = normalizeName(name).toLowerCase();
  const chars = [...normalized];
  const han = chars.filter((c) => HAN.test(c));
  const tokens: string[] = [...han];
  if (han.length > 0) {
    const syllables = hanSyllables(han.join(''));
    const uSyllables = syllables.map((s) => s.replace(/v/g, 'u'));
    tokens.push(...syllables, syllables.join(''), initials(syllables));
    if (uSyllables.join('') !== syllables.join('')) tokens.push(...uSyllables, uSyllables.join(''));
  }
  const latin = chars.map((c) => (HAN.test(c) ? ' ' : c)).join('').match(WORD) ?? [];
  tokens.push(...latin);
  if (latin.length > 1) tokens.push(latin.join(''));
  return [...new Set(tokens.filter((t) => t !== ''))].join(' ');
}

export function nameKeys(name: string): NameKeys {
  const normalized = normalizeName(name);
  const lower = normalized.toLowerCase();
  const reading = [...lower].map((c) => (HAN.test(c) ? ` ${hanSyllables(c).join('')} ` : c)).join('').replace(/\s+/g, ' ').trim();
  return {
    nameKey: nameKey(name),
    sortKey: `${reading}\u0001${lower}`,
    tokens: searchTokens(normalized),
  };
}

/** What the full-text index holds for one participant: the name's tokens, then the job title's. */
export function participantSearchText(person: { name: string; jobTitle: string }): string {
  const title = person.jobTitle.trim();
  return title === '' ? nameKeys(person.name).tokens : `${nameKeys(person.name).tokens} ${searchTokens(title)}`;
}

function hanSyllables(han: string): string[] {
  return pinyin(han, { toneType: 'none', type: 'array', surname: 'head', v: true }).map((s) => s.toLowerCase().replace(/[^a-z]/g, ''));
}

function initials(syllables: string[]): string {
  return syllables.map((s) => s[0] ?? '').join('');
}
