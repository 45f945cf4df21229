import { useSubPath } from '../../routes';
import { LearnerPicker } from './LearnerPicker';
import { LessonReader } from './LessonReader';
import { ModuleLibrary } from './ModuleLibrary';
import { ModuleOverview } from './ModuleOverview';
import { QuizScreen } from './QuizScreen';
import { QuizResultScreen } from './QuizResultScreen';
import { useLearner } from './learner-session';
import '../../styles/learn.css';

/**
 * #/learn                                  pick a learner, then the module library
 * #/learn/<module>                         the module's lessons and tests
 * #/learn/<module>/lesson/<lesson>         the lesson reader
 * #/learn/<module>/quiz/<attempt>          a quiz in progress
 * #/learn/<module>/result/<attempt>        a finished quiz with its review
 */
export function LearnArea() {
  const [learner] = useLearner();
  const [moduleId, view, id] = useSubPath();
  if (!learner) return <LearnerPicker />;
  if (!moduleId) return <ModuleLibrary learner={learner} />;
  if (view === 'lesson' && id) return <LessonReader key={id} learner={learner} moduleId={moduleId} lessonId={id} />;
  if (view === 'quiz' && id) return <QuizScreen key={id} moduleId={moduleId} attemptId={id} />;
  if (view === 'result' && id) return <QuizResultScreen key={id} moduleId={moduleId} attemptId={id} />;
  return <ModuleOverview learner={learner} moduleId={moduleId} />;
}
