/**
 * `npm run content:stats`: totals over every bundled pack: modules, lessons, questions by type, and words per
 * language (English words; Chinese counted in characters, the usual measure for Chinese text).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPack } from '../electron/core/content/load-pack';
import type { LoadedPack } from '../shared/content/loaded-pack';
import { QUESTION_TYPES, type LocalizedText } from '../shared/content/pack';

const root = resolve(import.meta.dirname, '../resources/content');
const packs: LoadedPack[] = [];
for (const name of readdirSync(root).sort()) {
  const dir = join(root, name);
  if (!statSync(dir).isDirectory()) continue;
  const result = loadPack(dir, 'bundled');
  if (!result.ok) {
    console.error(`${name} does not validate; run scripts/validate-content.ts`);
    process.exit(1);
  }
  packs.push(result.pack);
}

const englishWords = (text: string) => (text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? []).length;
const hanCharacters = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;

/** Every localized text anywhere in a JSON value (questions, glossary, guide). */
function localizedTexts(value: unknown): LocalizedText[] {
  if (!value || typeof value !== 'object') return [];
  if ('en' in value && 'zh-CN' in value && typeof (value as LocalizedText).en === 'string') return [value as LocalizedText];
  return Object.values(value).flatMap(localizedTexts);
}

const rows = packs.map((pack) => {
  const questions = [...pack.pool, ...Object.values(pack.practice).flat()];
  const lessonText = Object.values(pack.lessons).map((b) => ({ en: b.en.join('\n'), zh: b['zh-CN'].join('\n') }));
  const other = localizedTexts([pack.meta, questions, pack.glossary, pack.guide]);
  return {
    module: pack.meta.id,
    lessons: pack.meta.lessons.length,
    practice: Object.values(pack.practice).flat().length,
    pool: pack.pool.length,
    byType: Object.fromEntries(QUESTION_TYPES.map((type) => [type, questions.filter((q) => q.type === type).length])),
    glossary: pack.glossary.length,
    activities: pack.guide.sessions.flatMap((s) => s.activities).length + pack.guide.visit.activities.length,
    lessonWordsEn: lessonText.reduce((n, l) => n + englishWords(l.en), 0),
    lessonCharsZh: lessonText.reduce((n, l) => n + hanCharacters(l.zh), 0),
    allWordsEn: lessonText.reduce((n, l) => n + englishWords(l.en), 0) + other.reduce((n, t) => n + englishWords(t.en), 0),
    allCharsZh: lessonText.reduce((n, l) => n + hanCharacters(l.zh), 0) + other.reduce((n, t) => n + hanCharacters(t['zh-CN']), 0),
  };
});

const sum = (key: keyof (typeof rows)[number]) => rows.reduce((n, r) => n + (r[key] as number), 0);
const number = new Intl.NumberFormat('en');
console.log('module                    lessons practice pool glossary activities  lesson words (en)  lesson chars (zh)');
for (const r of rows) {
  console.log(
    `${r.module.padEnd(26)}${String(r.lessons).padStart(7)}${String(r.practice).padStart(9)}${String(r.pool).padStart(5)}${String(r.glossary).padStart(9)}${String(r.activities).padStart(11)}${number.format(r.lessonWordsEn).padStart(19)}${number.format(r.lessonCharsZh).padStart(19)}`,
  );
}
console.log(`\nmodules: ${rows.length}`);
console.log(`lessons: ${sum('lessons')}`);
console.log(`questions: ${sum('practice') + sum('pool')} (${sum('practice')} practice, ${sum('pool')} pre/post pool)`);
console.log(`questions by type: ${QUESTION_TYPES.map((type) => `${type} ${rows.reduce((n, r) => n + r.byType[type]!, 0)}`).join(', ')}`);
console.log(`glossary terms: ${sum('glossary')}; facilitator-guide activities: ${sum('activities')}`);
console.log(`words, lessons only: English ${number.format(sum('lessonWordsEn'))} words; Chinese ${number.format(sum('lessonCharsZh'))} characters`);
console.log(`words, whole packs: English ${number.format(sum('allWordsEn'))} words; Chinese ${number.format(sum('allCharsZh'))} characters`);
