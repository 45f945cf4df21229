import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app-state';
import { CreatePinForm } from './CreatePinForm';
import { HandOverScreen } from './results/HandOverScreen';
import { useHandOver } from './results/hand-over-store';
import { TrainerHome } from './TrainerHome';
import { UnlockForm } from './UnlockForm';

/** The PIN gate. The core refuses trainer operations by itself; this only decides what to show. */
export function TrainerArea() {
  const { t } = useTranslation();
  const { state } = useAppState();
  const handOver = useHandOver();
  // A participant is taking a test on this computer: only the test shows until the trainer's PIN ends it.
  if (handOver) return <HandOverScreen handOver={handOver} />;
  if (state.trainerUnlocked) return <TrainerHome />;
  return (
    <section className="card narrow">
      <h1>{state.pinSet ? t('trainer.locked') : t('trainer.createTitle')}</h1>
      <p>{state.pinSet ? t('trainer.unlockText') : t('trainer.createText')}</p>
      {state.pinSet ? <UnlockForm /> : <CreatePinForm />}
    </section>
  );
}
