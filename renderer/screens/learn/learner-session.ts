import { useEffect, useState } from 'react';
import type { ParticipantSummary } from '../../../shared/domain/people';

const KEY = 'score.learner';
const EVENT = 'score-learner-change';

/**
 * The learner at the keyboard, kept for this window only: on a shared PC the next person starts by picking
 * their own name, never inside someone else's profile.
 */
export function useLearner(): [ParticipantSummary | null, (learner: ParticipantSummary | null) => void] {
  const [learner, setLearnerState] = useState<ParticipantSummary | null>(read);
  useEffect(() => {
    const update = () => setLearnerState(read());
    window.addEventListener(EVENT, update);
    return () => window.removeEventListener(EVENT, update);
  }, []);
  const setLearner = (next: ParticipantSummary | null) => {
    if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
    else sessionStorage.removeItem(KEY);
    window.dispatchEvent(new Event(EVENT));
  };
  return [learner, setLearner];
}

function read(): ParticipantSummary | null {
  const raw = sessionStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as ParticipantSummary) : null;
}
