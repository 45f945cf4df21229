import type { LoadedPack } from '../../../../shared/content/loaded-pack';
import type { Language } from '../../../../shared/content/pack';

/** One piece of learner- or facilitator-facing text, with where an author finds it. */
export interface PackText {
  file: string;
  field: string;
  language: Language;
  text: string;
}

/**
 * Every text of a pack in one list, so each language rule is written once. Fields name items by their ids
 * (`questions.q-hc-solvent.options.b.text.zh-CN`) rather than by position, which shifts as authors edit.
 */
export function packTexts(pack: LoadedPack): PackText[] {
  const texts: PackText[] = [];
  const walk = (file: string, value: unknown, path: string[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(file, item, [...path, idOf(item) ?? String(i)]));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record['zh-CN'] === 'string') {
      texts.push({ file, field: [...path, 'en'].join('.'), language: 'en', text: record.en });
      texts.push({ file, field: [...path, 'zh-CN'].join('.'), language: 'zh-CN', text: record['zh-CN'] });
      return;
    }
    for (const [key, child] of Object.entries(record)) walk(file, child, [...path, key]);
  };

  walk('module.json', pack.meta, []);
  walk('glossary.json', pack.glossary, ['terms']);
  walk('guide.json', pack.guide, []);
  walk('pool.json', pack.pool, ['questions']);
  for (const template of pack.checklists) walk(`follow-up/checklists/${template.id}.json`, template, []);
  walk('follow-up/indicators.json', pack.indicators, ['indicators']);
  for (const [lessonId, questions] of Object.entries(pack.practice)) walk(`lessons/${lessonId}.quiz.json`, questions, ['questions']);
  for (const [lessonId, blocks] of Object.entries(pack.lessons)) {
    for (const language of ['en', 'zh-CN'] as const) {
      blocks[language].forEach((block, i) => {
        texts.push({ file: `lessons/${lessonId}.${language}.md`, field: `block ${i + 1}`, language, text: withoutLinkTargets(block) });
      });
    }
  }
  return texts;
}

/** `[危险源](glossary:hazard)` reads as 危险源; the target is an id, not text a learner sees. */
function withoutLinkTargets(block: string): string {
  return block.replace(/\]\([^)]*\)/g, ']');
}

function idOf(item: unknown): string | undefined {
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}
