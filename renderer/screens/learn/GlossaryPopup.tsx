import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../../shared/content/pack';

/** A key term in both languages; Escape, the button or a click outside closes it. */
export function GlossaryPopup({ term, onClose }: { term: GlossaryTerm; onClose: () => void }) {
  const { t } = useTranslation('learn');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="glossary-popup" onClose={onClose} onClick={(e) => e.target === dialog.current && onClose()} aria-labelledby="term-title">
      <h2 id="term-title">
        {term.term['zh-CN']} <span className="term-en">{term.term.en}</span>
      </h2>
      <p lang="zh-CN">{term.definition['zh-CN']}</p>
      <p lang="en">{term.definition.en}</p>
      <button type="button" className="button primary" onClick={onClose} autoFocus>{t('reader.closeTerm')}</button>
    </dialog>
  );
}
