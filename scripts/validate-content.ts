/**
 * Validates content packs: `npx tsx scripts/validate-content.ts [pack-folder ...]` (default: every bundled pack).
 * A pack must load (format rules) and meet the authoring rules on question quality and wording.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPack } from '../electron/core/content/load-pack';
import { checkContentQuality } from '../electron/core/content/quality/check-content-quality';
import { loadTermList } from '../electron/core/content/quality/load-term-list';

const root = resolve(import.meta.dirname, '../resources/content');
const terms = loadTermList(join(root, 'terms.json'));
const dirs = process.argv.length > 2
  ? process.argv.slice(2).map((d) => resolve(d))
  : readdirSync(root).map((name) => join(root, name)).filter((d) => statSync(d).isDirectory());

let failed = 0;
for (const dir of dirs) {
  const result = loadPack(dir, 'bundled');
  const problems = result.ok ? checkContentQuality(result.pack, terms) : result.problems;
  if (result.ok && problems.length === 0) {
    const { meta, pool, practice, checklists, indicators } = result.pack;
    const practiceCount = Object.values(practice).flat().length;
    const followUp = checklists.length + indicators.length > 0 ? `, ${checklists.length} checklists, ${indicators.length} indicators` : '';
    console.log(`ok   ${meta.id}: ${meta.lessons.length} lessons, ${practiceCount} practice and ${pool.length} pool questions${followUp}`);
  } else {
    failed++;
    console.log(`FAIL ${dir}`);
    for (const p of problems) console.log(`     ${p.file}${p.field ? ` [${p.field}]` : ''}: ${p.message}`);
  }
}
process.exit(failed ? 1 : 0);
