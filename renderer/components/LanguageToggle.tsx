import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useAppState } from '../app-state';
import { switchLanguage } from '../i18n';

export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const { setState } = useAppState();
  const next = i18n.language === 'zh-CN' ? 'en' : 'zh-CN';
  const onClick = async () => {
    setState(await api.setLanguage({ language: next }));
    await switchLanguage(next);
  };
  return (
    <button type="button" className="button ghost language-toggle" onClick={onClick} aria-label={t('nav.switchLanguageLabel')}>
      {t('nav.switchLanguage')}
    </button>
  );
}
