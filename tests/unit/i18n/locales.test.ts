import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../shared/i18n/resources';

const ROOT = resolve(import.meta.dirname, '../../..');

function flatten(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('register every file on disk in both languages', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const onDisk = readdirSync(join(ROOT, 'resources/locales', language)).map((f) => f.replace(/\.json$/, '')).sort();
      expect(Object.keys(resources[language]).sort()).toEqual(onDisk);
    }
  });

  for (const namespace of Object.keys(resources.en) as Array<keyof typeof resources.en>) {
    it(`${namespace}: en and zh-CN have the same keys, the same variables and no empty text`, () => {
      const en = flatten(resources.en[namespace]);
      const zh = flatten(resources['zh-CN'][namespace]);
      expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        expect(variables(zh.get(key)!), key).toEqual(variables(text));
        expect(text.trim(), key).not.toBe('');
        expect(zh.get(key)!.trim(), key).not.toBe('');
      }
    });
  }
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx$/.test(entry.name) ? [path] : [];
  });
}

const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);
const HAS_WORDS = /[A-Za-z\u4e00-\u9fff]/;

function isAriaHidden(node: ts.Node): boolean {
  const element = node.parent;
  if (!ts.isJsxElement(element)) return false;
  return element.openingElement.attributes.properties.some((p) => ts.isJsxAttribute(p) && p.name.getText() === 'aria-hidden');
}

describe('renderer', () => {
  it('has no user-facing text outside the locale files', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'renderer'))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node) && HAS_WORDS.test(node.text) && !isAriaHidden(node)) offenders.push(`${file}: "${node.text.trim()}"`);
        if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && HAS_WORDS.test(node.initializer.text)) {
          offenders.push(`${file}: ${node.name.getText()}="${node.initializer.text}"`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(offenders).toEqual([]);
  });
});
