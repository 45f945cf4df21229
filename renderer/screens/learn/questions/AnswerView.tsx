import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../shared/content/pack';
import type { CorrectAnswer, PresentedQuestion, QuizResponse } from '../../../../shared/domain/learning';
import { useLocalized } from '../../../hooks/use-localized';
import { HotspotAnswerPicture } from './HotspotAnswerPicture';

/**
 * An answer in words: the learner's (a response) or the right one. Both share a shape for every type but hotspot,
 * where the right answer is drawn on the picture together with the learner's taps.
 */
export function AnswerView({ question, answer, moduleId, taps }: {
  question: PresentedQuestion;
  answer: QuizResponse | CorrectAnswer;
  moduleId: string;
  taps?: Array<{ x: number; y: number }> | undefined;
}) {
  const { t } = useTranslation('learn');
  const local = useLocalized();
  const missing = '—';
  switch (answer.type) {
    case 'single':
    case 'multiple': {
      const ids = answer.type === 'single' ? [answer.optionId] : answer.optionIds;
      const options = question.type === 'single' || question.type === 'multiple' ? question.options : [];
      return <ul className="answer-list">{options.filter((o) => ids.includes(o.id)).map((o) => <li key={o.id}>{local(o.text)}</li>)}</ul>;
    }
    case 'truefalse':
      return <p>{answer.value ? t('quiz.true') : t('quiz.false')}</p>;
    case 'ordering': {
      const items = new Map<string, LocalizedText>(question.type === 'ordering' ? question.items.map((i) => [i.id, i.text]) : []);
      return <ol className="answer-list">{answer.order.map((id, i) => <li key={`${id}-${i}`}>{items.has(id) ? local(items.get(id)!) : missing}</li>)}</ol>;
    }
    case 'matching': {
      if (question.type !== 'matching') return null;
      const right = new Map(question.right.map((r) => [r.id, r.text]));
      return (
        <ul className="answer-list">
          {question.left.map((left) => {
            const chosen = answer.pairs[left.id];
            return <li key={left.id}>{local(left.text)} → {chosen && right.has(chosen) ? local(right.get(chosen)!) : missing}</li>;
          })}
        </ul>
      );
    }
    case 'hotspot':
      if ('taps' in answer) return <p>{t('quiz.hotspotTaps', { count: answer.taps.length })}</p>;
      return (
        <>
          {question.type === 'hotspot' && <HotspotAnswerPicture moduleId={moduleId} image={question.image} answer={answer} taps={taps} />}
          <ul className="answer-list">{answer.hotspots.map((h) => <li key={h.id}>{local(h.label)}</li>)}</ul>
        </>
      );
  }
}
