import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../shared/content/pack';

/** Picks the UI language's side of a bilingual content text. */
export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  return (text) => (i18n.language === 'zh-CN' ? text['zh-CN'] : text.en);
}
