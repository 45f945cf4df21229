import { useTranslation } from 'react-i18next';
import type { QuizResponse } from '../../../../shared/domain/learning';

export function TrueFalseQuestion({ question, response, onChange, disabled }: {
  question: { id: string };
  response: Extract<QuizResponse, { type: 'truefalse' }> | undefined;
  onChange: (r: QuizResponse) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('learn');
  return (
    <fieldset className="choices two" disabled={disabled}>
      {[true, false].map((value) => (
        <label key={String(value)} className={response?.value === value ? 'choice selected' : 'choice'}>
          <input type="radio" name={question.id} checked={response?.value === value} onChange={() => onChange({ type: 'truefalse', value })} />
          <span>{value ? t('quiz.true') : t('quiz.false')}</span>
        </label>
      ))}
    </fieldset>
  );
}
