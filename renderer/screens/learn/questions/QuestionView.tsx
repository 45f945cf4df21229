import type { PresentedQuestion, QuizResponse } from '../../../../shared/domain/learning';
import { ChoiceQuestion } from './ChoiceQuestion';
import { HotspotQuestion } from './HotspotQuestion';
import { MatchingQuestion } from './MatchingQuestion';
import { OrderingQuestion } from './OrderingQuestion';
import { TrueFalseQuestion } from './TrueFalseQuestion';

/** Picks the input for the question's type; every input reports a complete response object. */
export function QuestionView(props: { question: PresentedQuestion; response: QuizResponse | undefined; onChange: (r: QuizResponse) => void; moduleId: string; disabled: boolean }) {
  const { question, response, onChange, moduleId, disabled } = props;
  const common = { onChange, moduleId, disabled };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return <ChoiceQuestion question={question} response={response?.type === question.type ? response : undefined} {...common} />;
    case 'truefalse':
      return <TrueFalseQuestion question={question} response={response?.type === 'truefalse' ? response : undefined} {...common} />;
    case 'ordering':
      return <OrderingQuestion question={question} response={response?.type === 'ordering' ? response : undefined} {...common} />;
    case 'matching':
      return <MatchingQuestion question={question} response={response?.type === 'matching' ? response : undefined} {...common} />;
    case 'hotspot':
      return <HotspotQuestion question={question} response={response?.type === 'hotspot' ? response : undefined} {...common} />;
  }
}
