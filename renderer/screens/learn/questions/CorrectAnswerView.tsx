import { useTranslation } from 'react-i18next';
import type { CorrectAnswer, PresentedQuestion } from '../../../../shared/domain/learning';
import type { LocalizedText } from '../../../../shared/content/pack';
import { useLocalized } from '../../../hooks/use-localized';
import { HotspotAnswerPicture } from './HotspotAnswerPicture';

/** The right answer in words, for practice feedback and the review after a test. */
export function CorrectAnswerView({ question, answer, moduleId, taps }: { question: PresentedQuestion; answer: CorrectAnswer; moduleId: string; taps?: Array<{ x: number; y: number }> }) {
  const { t } = useTranslation('learn');
  const local = useLocalized();
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
      return <ol className="answer-list">{answer.order.map((id) => <li key={id}>{items.has(id) ? local(items.get(id)!) : id}</li>)}</ol>;
    }
    case 'matching': {
      if (question.type !== 'matching') return null;
      const right = new Map(question.right.map((r) => [r.id, r.text]));
      return (
        <ul className="answer-list">
          {question.left.map((left) => (
            <li key={left.id}>{local(left.text)} → {right.has(answer.pairs[left.id]!) ? local(right.get(answer.pairs[left.id]!)!) : ''}</li>
          ))}
        </ul>
      );
    }
    case 'hotspot':
      return (
        <>
          {question.type === 'hotspot' && <HotspotAnswerPicture moduleId={moduleId} image={question.image} answer={answer} taps={taps} />}
          <ul className="answer-list">{answer.hotspots.map((h) => <li key={h.id}>{local(h.label)}</li>)}</ul>
        </>
      );
  }
}
