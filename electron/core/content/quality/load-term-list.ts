import { readFileSync } from 'node:fs';
import { sharedTermList, type SharedTerm } from '../../../../shared/content/term-list';

/** Reads resources/content/terms.json; a malformed list throws, since every check after it would be wrong. */
export function loadTermList(path: string): SharedTerm[] {
  return sharedTermList.parse(JSON.parse(readFileSync(path, 'utf8'))).terms;
}
