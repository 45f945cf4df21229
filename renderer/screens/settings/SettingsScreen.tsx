import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/app';
import { setLanguage, useAbout } from '../../data/settings';
import { useAppState } from '../../app-state';
import { switchLanguage } from '../../i18n';
import { CertificateSettingsCard } from './CertificateSettingsCard';
import { SegmentedControl } from '../../components/SegmentedControl';
import { ChangePinForm } from './ChangePinForm';
import { RenewRecoveryCode } from './RenewRecoveryCode';

const LANGUAGES: Language[] = ['zh-CN', 'en'];

export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const { state, setState } = useAppState();
  const about = useAbout().data;

  const chooseLanguage = async (language: Language) => {
    setState(await setLanguage({ language }));
    await switchLanguage(language);
  };

  return (
    <>
      <div className="page-header">
        <h1>{t('settings.title')}</h1>
      </div>
      <div className="settings-grid">
        <section className="card">
          <h2>{t('settings.language')}</h2>
          <p className="hint">{t('settings.languageHint')}</p>
          <SegmentedControl
            label={t('settings.language')}
            options={LANGUAGES}
            value={i18n.language as Language}
            optionLabel={(language) => t(`language.${language}`)}
            onChange={(language) => void chooseLanguage(language)}
          />
        </section>

        <section className="card">
          <h2>{t('settings.pinTitle')}</h2>
          {state.trainerUnlocked ? (
            <>
              <ChangePinForm />
              <RenewRecoveryCode />
            </>
          ) : (
            <p className="hint">{t('settings.pinChangeHint')}</p>
          )}
        </section>

        {about && (
          <section className="card">
            <h2>{t('settings.dataTitle')}</h2>
            <dl className="facts">
              <dt>{t('settings.dataFolder')}</dt>
              <dd><code>{about.dataDir}</code></dd>
              <dt>{t('settings.databaseFile')}</dt>
              <dd><code>{about.databaseFile}</code></dd>
            </dl>
          </section>
        )}

        {about && (
          <section className="card">
            <h2>{t('settings.aboutTitle')}</h2>
            <dl className="facts">
              <dt>{t('settings.version')}</dt>
              <dd>{about.version}</dd>
              <dt>{t('settings.runtime')}</dt>
              <dd>{about.runtime === 'electron' ? t('settings.runtimeElectron') : t('settings.runtimeBrowser')}</dd>
              <dt>{t('settings.nodeVersion')}</dt>
              <dd>{about.nodeVersion}</dd>
              <dt>{t('settings.sqliteVersion')}</dt>
              <dd>{about.sqliteVersion}</dd>
              <dt>{t('settings.schemaVersion')}</dt>
              <dd>{new Intl.NumberFormat(i18n.language).format(about.schemaVersion)}</dd>
            </dl>
          </section>
        )}
      </div>
      {state.trainerUnlocked && <CertificateSettingsCard />}
    </>
  );
}
