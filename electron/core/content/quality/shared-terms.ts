import type { PackProblem } from '../../../../shared/content/loaded-pack';
import type { SharedTerm } from '../../../../shared/content/term-list';
import type { PackText } from './pack-texts';

/** Reports each text that uses a wording the shared term list says to avoid. */
export function checkSharedTerms(texts: PackText[], terms: SharedTerm[]): PackProblem[] {
  const problems: PackProblem[] = [];
  for (const { file, field, language, text } of texts) {
    for (const term of terms) {
      const preferred = term.use[language];
      const masked = maskAllowed(text, term.allowed);
      for (const avoided of term.avoid[language]) {
        if (!wordPattern(avoided).test(masked)) continue;
        const instead = preferred ? `; the shared term list says "${preferred}"` : '';
        problems.push({ file, field, message: `uses "${avoided}" for ${term.id}${instead}` });
      }
    }
  }
  return problems;
}

/** A Latin wording matches only as a whole word, so "EIT" is not found inside "Seiton"; case does not matter. */
function wordPattern(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = /^[A-Za-z]/.test(phrase) ? '(?<![A-Za-z])' : '';
  const end = /[A-Za-z]$/.test(phrase) ? '(?![A-Za-z])' : '';
  return new RegExp(`${start}${escaped}${end}`, 'i');
}

/** Blanks out fixed phrases that contain an avoided form but are right as they are (职业病危害). */
function maskAllowed(text: string, allowed: string[]): string {
  return allowed.reduce((masked, phrase) => masked.split(phrase).join('\u0000'.repeat(phrase.length)), text);
}
