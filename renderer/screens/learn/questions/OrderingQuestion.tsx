import { useTranslation } from 'react-i18next';
import type { PresentedQuestion, QuizResponse } from '../../../../shared/domain/learning';
import { useLocalized } from '../../../hooks/use-localized';

/** Up/down buttons rather than drag and drop: they work the same by touch, mouse and keyboard. */
export function OrderingQuestion({ question, response, onChange, disabled }: {
  question: Extract<PresentedQuestion, { type: 'ordering' }>;
  response: Extract<QuizResponse, { type: 'ordering' }> | undefined;
  onChange: (r: QuizResponse) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('learn');
  const local = useLocalized();
  const order = response?.order ?? question.items.map((i) => i.id);
  const byId = new Map(question.items.map((i) => [i.id, i]));
  const move = (index: number, by: -1 | 1) => {
    const next = [...order];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    onChange({ type: 'ordering', order: next });
  };
  return (
    <div>
      <p className="hint">{t('quiz.orderHint')}</p>
      <ol className="ordering">
        {order.map((id, index) => (
          <li key={id} className="ordering-item">
            <span className="ordering-number">{index + 1}</span>
            <span className="ordering-text">{local(byId.get(id)!.text)}</span>
            <button type="button" className="button ghost icon" aria-label={t('quiz.moveUp', { item: local(byId.get(id)!.text) })} disabled={disabled || index === 0} onClick={() => move(index, -1)}>↑</button>
            <button type="button" className="button ghost icon" aria-label={t('quiz.moveDown', { item: local(byId.get(id)!.text) })} disabled={disabled || index === order.length - 1} onClick={() => move(index, 1)}>↓</button>
          </li>
        ))}
      </ol>
    </div>
  );
}
