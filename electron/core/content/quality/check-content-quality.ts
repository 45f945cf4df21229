import type { LoadedPack, PackProblem } from '../../../../shared/content/loaded-pack';
import type { SharedTerm } from '../../../../shared/content/term-list';
import { checkChinesePunctuation } from './chinese-punctuation';
import { checkHotspotReuse } from './hotspot-reuse';
import { checkLongestRightOption } from './longest-option';
import { checkOrderingLabels } from './ordering-labels';
import { packTexts } from './pack-texts';
import { checkSharedTerms } from './shared-terms';

/**
 * Authoring rules about question quality and wording, on a pack that already loads. They are checked
 * when content is written (`npm run content:validate`, `npm test`), not when a trainer installs a pack:
 * a pack with a weak question still teaches, and refusing it would leave a workshop with nothing.
 */
export function checkContentQuality(pack: LoadedPack, terms: SharedTerm[]): PackProblem[] {
  const practice = Object.values(pack.practice).flat();
  const texts = packTexts(pack);
  return [
    ...checkLongestRightOption('pool.json', pack.pool),
    ...checkLongestRightOption('lessons/*.quiz.json', practice),
    ...checkOrderingLabels('pool.json', pack.pool),
    ...Object.entries(pack.practice).flatMap(([lessonId, questions]) => checkOrderingLabels(`lessons/${lessonId}.quiz.json`, questions)),
    ...checkHotspotReuse(pack.pool, pack.practice),
    ...checkChinesePunctuation(texts),
    ...checkSharedTerms(texts, terms),
  ];
}
