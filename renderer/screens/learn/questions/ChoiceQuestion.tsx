import { useTranslation } from 'react-i18next';
import type { PresentedQuestion, QuizResponse } from '../../../../shared/domain/learning';
import { useLocalized } from '../../../hooks/use-localized';

type Choice = Extract<PresentedQuestion, { type: 'single' | 'multiple' }>;

export function ChoiceQuestion({ question, response, onChange, disabled }: {
  question: Choice;
  response: Extract<QuizResponse, { type: 'single' | 'multiple' }> | undefined;
  onChange: (r: QuizResponse) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('learn');
  const local = useLocalized();
  const multiple = question.type === 'multiple';
  const picked = new Set(response?.type === 'multiple' ? response.optionIds : response?.type === 'single' ? [response.optionId] : []);
  const toggle = (id: string) => {
    if (!multiple) return onChange({ type: 'single', optionId: id });
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange({ type: 'multiple', optionIds: [...next] });
  };
  return (
    <fieldset className="choices" disabled={disabled}>
      <legend className="hint">{multiple ? t('quiz.chooseMany') : t('quiz.chooseOne')}</legend>
      {question.options.map((option) => (
        <label key={option.id} className={picked.has(option.id) ? 'choice selected' : 'choice'}>
          <input type={multiple ? 'checkbox' : 'radio'} name={question.id} checked={picked.has(option.id)} onChange={() => toggle(option.id)} />
          <span>{local(option.text)}</span>
        </label>
      ))}
    </fieldset>
  );
}
