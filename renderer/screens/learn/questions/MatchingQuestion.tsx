import { useTranslation } from 'react-i18next';
import type { PresentedQuestion, QuizResponse } from '../../../../shared/domain/learning';
import { useLocalized } from '../../../hooks/use-localized';

export function MatchingQuestion({ question, response, onChange, disabled }: {
  question: Extract<PresentedQuestion, { type: 'matching' }>;
  response: Extract<QuizResponse, { type: 'matching' }> | undefined;
  onChange: (r: QuizResponse) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('learn');
  const local = useLocalized();
  const pairs = response?.pairs ?? {};
  return (
    <div>
      <p className="hint">{t('quiz.matchHint')}</p>
      <div className="matching">
        {question.left.map((left) => (
          <label key={left.id} className="matching-row">
            <span className="matching-left">{local(left.text)}</span>
            <select value={pairs[left.id] ?? ''} disabled={disabled} onChange={(e) => {
              // Choosing the placeholder again removes the match instead of storing an empty one.
              const others = Object.fromEntries(Object.entries(pairs).filter(([key]) => key !== left.id));
              onChange({ type: 'matching', pairs: e.target.value ? { ...others, [left.id]: e.target.value } : others });
            }}>
              <option value="">{t('quiz.matchChoose')}</option>
              {question.right.map((right) => (
                <option key={right.id} value={right.id}>{local(right.text)}</option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </div>
  );
}
