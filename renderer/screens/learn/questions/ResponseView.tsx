import { useTranslation } from 'react-i18next';
import type { PresentedQuestion, QuizResponse } from '../../../../shared/domain/learning';
import type { LocalizedText } from '../../../../shared/content/pack';
import { useLocalized } from '../../../hooks/use-localized';

/** What the learner answered, in words, for the review. */
export function ResponseView({ question, response }: { question: PresentedQuestion; response: QuizResponse }) {
  const { t } = useTranslation('learn');
  const local = useLocalized();
  switch (response.type) {
    case 'single':
    case 'multiple': {
      const ids = response.type === 'single' ? [response.optionId] : response.optionIds;
      const options = question.type === 'single' || question.type === 'multiple' ? question.options : [];
      return <ul className="answer-list">{options.filter((o) => ids.includes(o.id)).map((o) => <li key={o.id}>{local(o.text)}</li>)}</ul>;
    }
    case 'truefalse':
      return <p>{response.value ? t('quiz.true') : t('quiz.false')}</p>;
    case 'ordering': {
      const items = new Map<string, LocalizedText>(question.type === 'ordering' ? question.items.map((i) => [i.id, i.text]) : []);
      return <ol className="answer-list">{response.order.map((id) => <li key={id}>{items.has(id) ? local(items.get(id)!) : ''}</li>)}</ol>;
    }
    case 'matching': {
      if (question.type !== 'matching') return null;
      const right = new Map(question.right.map((r) => [r.id, r.text]));
      return (
        <ul className="answer-list">
          {question.left.map((left) => {
            const chosen = response.pairs[left.id];
            return <li key={left.id}>{local(left.text)} → {chosen && right.has(chosen) ? local(right.get(chosen)!) : '—'}</li>;
          })}
        </ul>
      );
    }
    case 'hotspot':
      return <p>{t('quiz.hotspotTaps', { count: response.taps.length })}</p>;
  }
}
