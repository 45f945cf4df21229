import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/app';
import { setLanguage } from '../../data/settings';
import { useAppState } from '../../app-state';
import { switchLanguage } from '../../i18n';
import { CreatePinForm } from '../trainer/CreatePinForm';

const LANGUAGES: Language[] = ['zh-CN', 'en'];

/** First start: choose the language, then (for a trainer) set the PIN. */
export function FirstRun() {
  const { t, i18n } = useTranslation();
  const { state, setState } = useAppState();
  const [step, setStep] = useState<'language' | 'pin' | 'recovery-code'>('language');
  const chosen = i18n.language as Language;

  const choose = async (language: Language) => {
    await switchLanguage(language);
  };
  const finish = async () => setState(await setLanguage({ language: chosen }));

  return (
    <main className="first-run">
      <div className="card first-run-card">
        <div className="brand-mark large" aria-hidden="true">S</div>
        <h1>{t('app.name')}</h1>
        {step === 'language' ? (
          <>
            <h2>{t('firstRun.welcomeTitle')}</h2>
            <p>{t('firstRun.welcomeText')}</p>
            <fieldset className="language-choice">
              <legend>{t('firstRun.chooseLanguage')}</legend>
              {LANGUAGES.map((language) => (
                <label key={language} className={chosen === language ? 'choice selected' : 'choice'}>
                  <input type="radio" name="language" value={language} checked={chosen === language} onChange={() => choose(language)} />
                  <span lang={language}>{t(`language.${language}`)}</span>
                </label>
              ))}
            </fieldset>
            <button type="button" className="button primary" onClick={() => (state.pinSet ? finish() : setStep('pin'))}>
              {t('firstRun.continue')}
            </button>
          </>
        ) : (
          <>
            {step === 'pin' && (
              <>
                <h2>{t('firstRun.pinTitle')}</h2>
                <p>{t('firstRun.pinText')}</p>
              </>
            )}
            <CreatePinForm
              onRecoveryCode={() => setStep('recovery-code')}
              onCreated={async () => {
                await finish();
                window.location.hash = '#/trainer';
              }}
            />
            {step === 'pin' && (
              <>
                <button type="button" className="button link" onClick={finish}>
                  {t('firstRun.skipPin')}
                </button>
                <p className="hint">{t('firstRun.skipPinHint')}</p>
              </>
            )}
          </>
        )}
      </div>
    </main>
  );
}
