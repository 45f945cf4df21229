import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** The rule ids lint reports for `text` placed in the given (existing) file. */
async function rulesBroken(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: resolve(ROOT, path) });
  return result!.messages.map((m) => m.ruleId ?? 'parse');
}

const original = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

// The first lint loads the TypeScript project (type-aware rules), which takes a while on a busy machine.
describe('architecture rules in lint', { timeout: 120_000 }, () => {
  it('refuses SQL outside repositories', async () => {
    const service = 'electron/core/quiz/quiz-service.ts';
    const sql = "\nexport const peek = (db: { prepare(sql: string): unknown; exec(sql: string): void }) => [db.prepare('SELECT 1'), db.exec(`DELETE FROM settings`)];\n";
    expect((await rulesBroken(service, original(service) + sql)).filter((r) => r === 'no-restricted-syntax')).toHaveLength(2);
  });

  it('allows SQL in a repository, and RegExp.exec anywhere', async () => {
    const repository = 'electron/core/quiz/attempt-repository.ts';
    expect(await rulesBroken(repository, original(repository) + "\nexport const peek = (db: { prepare(sql: string): unknown }) => db.prepare('SELECT 1');\n")).toEqual([]);
    const service = 'electron/core/quiz/quiz-service.ts';
    expect(await rulesBroken(service, original(service) + '\nexport const digits = (text: string) => /\\d+/.exec(text);\n')).toEqual([]);
  });

  it('lets a migration import types only', async () => {
    const migration = 'electron/core/db/migrations/0002-participant-search.ts';
    const withValue = "import { nameKeys } from '../../participants/name-index';\n" + original(migration) + '\nexport const keys = nameKeys;\n';
    expect(await rulesBroken(migration, withValue)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await rulesBroken(migration, original(migration))).toEqual([]);
  });
});
