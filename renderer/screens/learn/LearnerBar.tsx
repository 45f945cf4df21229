import { useTranslation } from 'react-i18next';
import type { ParticipantSummary } from '../../../shared/domain/people';
import { navigate } from '../../routes';
import { useLearner } from './learner-session';

export function LearnerBar({ learner }: { learner: ParticipantSummary }) {
  const { t } = useTranslation('learn');
  const [, setLearner] = useLearner();
  return (
    <div className="learner-bar">
      <span className="avatar" aria-hidden="true">{[...learner.name][0]}</span>
      <strong>{t('learner.hello', { name: learner.name })}</strong>
      <button
        type="button"
        className="button link"
        onClick={() => {
          setLearner(null);
          navigate('learn');
        }}
      >
        {t('learner.switch')}
      </button>
    </div>
  );
}
