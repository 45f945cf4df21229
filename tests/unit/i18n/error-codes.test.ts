import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/api/result';
import { resources } from '../../../shared/i18n/resources';

describe('error codes', () => {
  it('every code the core can send has a message in both languages, and every message belongs to a code', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const messages = Object.keys(resources[language].common.errors).sort();
      expect(messages, language).toEqual([...ERROR_CODES].sort());
    }
  });
});
