import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseLabel } from '../../../../shared/domain/people';
import type { GroupResult, ParticipantResult, TestKind, TestScore } from '../../../../shared/domain/results';
import { formatTestPercent } from '../../../../shared/domain/test-score';
import { api } from '../../../api/client';
import { useAppState } from '../../../app-state';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorText } from '../../../components/ErrorText';
import { useApiData } from '../../../hooks/use-api-data';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatNumber } from '../components/format';
import { startHandOver } from './hand-over-store';
import { KnowledgeGainChart } from './KnowledgeGainChart';
import { PaperEntry } from './PaperEntry';

/** `#/trainer/workshops/<id>/results`: pre/post results, the knowledge-gain chart, hand-over and paper entry. */
export function ResultsPanel({ workshopId, moduleId }: { workshopId: string; moduleId: string }) {
  const { t, i18n } = useTranslation('results');
  const { t: tt } = useTranslation('trainer');
  const { setState } = useAppState();
  const results = useApiData(() => api.getWorkshopResults({ workshopId }), [workshopId]);
  const [error, setError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<{ person: ParticipantResult; kind: TestKind; score: TestScore } | null>(null);
  const language = i18n.language;
  const data = results.data;
  if (!data) return <ErrorText error={results.error} />;
  if (data.participants.length === 0) return <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>;

  const pct = (value: number | null) => (value === null ? '—' : formatTestPercent(value, language));
  const points = (value: number | null) => (value === null ? '—' : t('points', { value: formatNumber(value, language, { maximumFractionDigits: 1, signDisplay: 'always' }) }));
  const handOver = async (person: ParticipantResult, kind: TestKind) => {
    setError(null);
    try {
      const quiz = await api.startHandOverTest({ workshopId, participantId: person.participantId, kind });
      startHandOver({ attemptId: quiz.attemptId, moduleId, workshopId, participantName: person.name });
      setState(await api.lockTrainer({}));
    } catch (caught) {
      setError(caught);
    }
  };
  const groupRow = (key: string, label: string, g: GroupResult) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td className="num">{formatNumber(g.people, language)}</td>
      <td className="num">{pct(g.preAverage)} <small className="muted">{t('taken', { number: g.preTaken })}</small></td>
      <td className="num">{pct(g.postAverage)} <small className="muted">{t('taken', { number: g.postTaken })}</small></td>
      <td className="num strong">{points(g.gain)}</td>
      <td className="num">{t('passedOf', { passed: g.postPassed, total: g.postTaken })}</td>
    </tr>
  );
  const scoreCell = (person: ParticipantResult, kind: TestKind) => {
    const score = person[kind];
    return (
      <td className="score-cell">
        {score ? (
          <span className="score">
            <strong className={score.passed === false && kind === 'post' ? 'below' : undefined}>{pct(score.percent)}</strong>
            <small className="muted">{t(`entry.${score.entry}`)}</small>
            <button type="button" className="icon-button" aria-label={t('remove', { name: person.name, kind: t(`kind.${kind}`) })} onClick={() => setRemoving({ person, kind, score })}>
              ×
            </button>
          </span>
        ) : (
          <button type="button" className="button ghost small" onClick={() => handOver(person, kind)} aria-label={t('handOverFor', { name: person.name, kind: t(`kind.${kind}`) })}>
            {t('handOverShort')}
          </button>
        )}
      </td>
    );
  };

  return (
    <div className="stack">
      <div className="stat-grid">
        <div className="stat card">
          <span className="stat-value">{pct(data.overall.preAverage)}</span>
          <span className="stat-label">{t('summary.pre')}</span>
        </div>
        <div className="stat card">
          <span className="stat-value">{pct(data.overall.postAverage)}</span>
          <span className="stat-label">{t('summary.post')}</span>
        </div>
        <div className="stat card">
          <span className="stat-value">{points(data.overall.gain)}</span>
          <span className="stat-label">{t('summary.gain', { number: data.overall.paired })}</span>
        </div>
        <div className="stat card">
          <span className="stat-value">{t('passedOf', { passed: data.overall.postPassed, total: data.participants.length })}</span>
          <span className="stat-label">{t('summary.passed', { mark: data.passMark })}</span>
        </div>
      </div>
      <KnowledgeGainChart results={data} />
      <section className="card flush table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('table.group')}</th>
              <th scope="col" className="num">{t('table.people')}</th>
              <th scope="col" className="num">{t('kind.pre')}</th>
              <th scope="col" className="num">{t('kind.post')}</th>
              <th scope="col" className="num">{t('table.gain')}</th>
              <th scope="col" className="num">{t('table.passed')}</th>
            </tr>
          </thead>
          <tbody>
            {groupRow('all', t('chart.all'), data.overall)}
            {data.byEnterprise.map((g) => groupRow(`e-${g.enterprise?.id ?? ''}`, enterpriseLabel(g.enterprise, language) || tt('participant.noEnterprise'), g))}
            {data.byGender.map((g) => groupRow(`g-${g.gender}`, tt(`gender.${g.gender}`), g))}
          </tbody>
        </table>
      </section>
      <ErrorText error={error} />
      <section className="stack">
        <h3>{t('table.participants')}</h3>
        <p className="hint">{t('handOverHint')}</p>
        <div className="card flush table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{tt('participant.name')}</th>
                <th scope="col">{tt('participant.enterprise')}</th>
                <th scope="col">{tt('participant.gender')}</th>
                <th scope="col">{t('kind.pre')}</th>
                <th scope="col">{t('kind.post')}</th>
                <th scope="col" className="num">{t('table.gain')}</th>
              </tr>
            </thead>
            <tbody>
              {data.participants.map((person) => (
                <tr key={person.participantId}>
                  <th scope="row">{person.name}</th>
                  <td>{enterpriseLabel(person.enterprise, language) || '—'}</td>
                  <td>{tt(`gender.${person.gender}`)}</td>
                  {scoreCell(person, 'pre')}
                  {scoreCell(person, 'post')}
                  <td className="num strong">{points(person.gain)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <PaperEntry workshopId={workshopId} participants={data.participants} onSaved={results.reload} />
      {removing && (
        <ConfirmDialog
          title={t('removeTitle')}
          message={t('removeConfirm', { name: removing.person.name, kind: t(`kind.${removing.kind}`), percent: pct(removing.score.percent) })}
          confirmLabel={tt('actions.delete')}
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await api.deleteWorkshopTest({ workshopId, attemptId: removing.score.attemptId });
            results.reload();
          }}
        />
      )}
    </div>
  );
}
