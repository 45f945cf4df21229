import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const MINIMAL_PACK = resolve(import.meta.dirname, '../../fixtures/packs/minimal');

/** A writable copy of the minimal valid pack, to break one rule at a time. */
export function copyMinimalPack(into: string): string {
  const dir = join(into, 'minimal');
  cpSync(MINIMAL_PACK, dir, { recursive: true });
  return dir;
}

export function editJson(dir: string, file: string, edit: (json: any) => void): void {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}
