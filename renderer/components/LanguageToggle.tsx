import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useAppState } from '../app-state';
import { switchLanguage } from '../i18n';

/**
 * Shows the other language's name in that language. Its accessible name starts with the same word (WCAG 2.5.3,
 * so "click 中文" works for voice control) and marks the word's language, so a screen reader says it right.
 */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const { setState } = useAppState();
  const next = i18n.language === 'zh-CN' ? 'en' : 'zh-CN';
  const onClick = async () => {
    setState(await api.setLanguage({ language: next }));
    await switchLanguage(next);
  };
  return (
    <button type="button" className="button ghost language-toggle" onClick={onClick}>
      <span lang={next}>{t('nav.switchLanguage')}</span> <span className="visually-hidden">{t('nav.switchLanguageLabel')}</span>
    </button>
  );
}
