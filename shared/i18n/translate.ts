import type { Language } from '../domain/app';
import { resources, type Namespace } from './resources';

/**
 * A minimal lookup for the main process (menus, dialogs, PDFs) where React is absent: a dotted key,
 * then `{{name}}` placeholders filled from values.
 */
export function translate(language: Language, namespace: Namespace, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = resources[language][namespace];
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
