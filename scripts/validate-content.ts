/** Validates content packs: `npx tsx scripts/validate-content.ts [pack-folder ...]` (default: every bundled pack). */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPack } from '../electron/core/content/load-pack';

const root = resolve(import.meta.dirname, '../resources/content');
const dirs = process.argv.length > 2
  ? process.argv.slice(2).map((d) => resolve(d))
  : readdirSync(root).map((name) => join(root, name)).filter((d) => statSync(d).isDirectory());

let failed = 0;
for (const dir of dirs) {
  const result = loadPack(dir, 'bundled');
  if (result.ok) {
    const { meta, pool, practice } = result.pack;
    const practiceCount = Object.values(practice).flat().length;
    console.log(`ok   ${meta.id}: ${meta.lessons.length} lessons, ${practiceCount} practice and ${pool.length} pool questions`);
  } else {
    failed++;
    console.log(`FAIL ${dir}`);
    for (const p of result.problems) console.log(`     ${p.file}${p.field ? ` [${p.field}]` : ''}: ${p.message}`);
  }
}
process.exit(failed ? 1 : 0);
