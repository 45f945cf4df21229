import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';

describe('translation in the core (menus, PDFs, exports)', () => {
  it('chooses the plural form from count, as the renderer does', () => {
    expect(translate('en', 'certificates', 'panel.issued', { count: 1 })).toBe('1 certificate issued.');
    expect(translate('en', 'certificates', 'panel.issued', { count: 3 })).toBe('3 certificates issued.');
    expect(translate('zh-CN', 'certificates', 'panel.issued', { count: 3 })).toBe('已颁发 3 张证书。');
  });

  it('fills placeholders and reads each language from its own locale files', () => {
    expect(translate('en', 'certificates', 'panel.unprintable', { chars: '𠀀' })).toBe("These characters are not in the app's fonts and print as 〓: 𠀀");
    expect(translate('zh-CN', 'menu', 'file')).not.toBe(translate('en', 'menu', 'file'));
  });

  it('shows the key itself when a text is missing, rather than nothing', () => {
    expect(translate('en', 'pdf', 'no.such.key')).toBe('no.such.key');
  });
});
