import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../shared/content/pack';

/** Whether guide text shows the other language too, for trainers who teach mixed groups. */
export const BilingualContext = createContext(false);

export function Bi({ text, as: Tag = 'span' }: { text: LocalizedText; as?: 'span' | 'p' | 'strong' }) {
  const { i18n } = useTranslation();
  const both = useContext(BilingualContext);
  const primary = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const secondary = primary === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Tag lang={primary}>
      {text[primary]}
      {both && (
        <span className="secondary-language" lang={secondary}>
          {text[secondary]}
        </span>
      )}
    </Tag>
  );
}
