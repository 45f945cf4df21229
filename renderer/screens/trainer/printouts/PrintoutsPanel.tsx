import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/app';
import { PAPER_TEST_PARTS, type DocumentLanguage } from '../../../../shared/domain/documents';
import type { Workshop } from '../../../../shared/domain/workshops';
import { exportAttendanceReport, exportPaperTest, exportSignInSheet } from '../../../data/printouts';
import '../../../styles/certificates.css';
import { formatDate } from '../components/format';
import { DownloadButton } from './DownloadButton';
import { SegmentedControl } from '../../../components/SegmentedControl';

const CHOICES = ['app', 'zh-CN', 'en', 'bilingual'] as const;
type Choice = (typeof CHOICES)[number];

/** The workshop's printouts: sign-in sheets per half-day, the attendance report, and the paper tests. */
export function PrintoutsPanel({ workshop }: { workshop: Workshop }) {
  const { t, i18n } = useTranslation('printouts');
  const { t: tw } = useTranslation('workshops');
  const { t: tc } = useTranslation();
  const [choice, setChoice] = useState<Choice>('app');
  const [blankRows, setBlankRows] = useState(10);
  // Sign-in sheets and reports have one language; tests and guides may have both.
  const single: Language | undefined = choice === 'zh-CN' || choice === 'en' ? choice : undefined;
  const documentLanguage: DocumentLanguage | undefined = choice === 'app' ? undefined : choice;
  const label = (what: string) => t('download', { what });

  return (
    <div className="stack">
      <section className="card stack">
        <div className="field printout-language">
          <span>{t('language')}</span>
          <SegmentedControl
            label={t('language')}
            options={CHOICES}
            value={choice}
            optionLabel={(option) => (option === 'app' ? t('languageApp') : option === 'bilingual' ? t('bilingual') : tc(`language.${option}`))}
            onChange={setChoice}
          />
        </div>
      </section>

      <section className="card stack">
        <h2>{t('signInTitle')}</h2>
        <p className="hint">{t('signInHint')}</p>
        <label className="field narrow-field">
          <span>{t('blankRows')}</span>
          <input type="number" min={0} max={100} value={blankRows} onChange={(event) => setBlankRows(Math.max(0, Math.min(100, Number(event.target.value) || 0)))} />
        </label>
        {workshop.sessions.length === 0 && <p className="hint">{t('noSessions')}</p>}
        <ul className="printout-list">
          {workshop.sessions.map((session) => {
            const name = t('sessionLabel', { date: formatDate(session.date, i18n.language, { dateStyle: 'medium' }), half: tw(`half.${session.half}`) });
            return (
              <li key={session.id}>
                <DownloadButton
                  label={t('signInFor', { session: name })}
                  make={() => exportSignInSheet({ workshopId: workshop.id, sessionId: session.id, blankRows, language: single })}
                />
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card stack">
        <h2>{t('attendanceTitle')}</h2>
        <p className="hint">{t('attendanceHint')}</p>
        <div>
          <DownloadButton label={label(t('attendance'))} make={() => exportAttendanceReport({ workshopId: workshop.id, language: single })} />
        </div>
      </section>

      <section className="card stack">
        <h2>{t('paperTitle')}</h2>
        <p className="hint">{t('paperHint')}</p>
        {(['pre', 'post'] as const).map((kind) => (
          <div key={kind} className="printout-row">
            <strong>{t(kind)}</strong>
            {PAPER_TEST_PARTS.map((part) => (
              <DownloadButton
                key={part}
                label={label(t(`part.${part}`))}
                make={() => exportPaperTest({ workshopId: workshop.id, kind, part, language: documentLanguage })}
              />
            ))}
          </div>
        ))}
      </section>
    </div>
  );
}
