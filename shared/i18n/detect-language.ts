import type { Language } from '../domain/app';

/** A saved choice wins; otherwise the first system/browser language that is Chinese picks 中文, else English. */
export function detectLanguage(saved: unknown, systemLanguages: readonly string[]): Language {
  if (saved === 'en' || saved === 'zh-CN') return saved;
  for (const tag of systemLanguages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
