import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { enterpriseLabel } from '../../../../shared/domain/people';
import type { GroupResult, WorkshopResults } from '../../../../shared/domain/results';
import { formatNumber } from '../components/format';
import { SegmentedControl } from '../../../components/SegmentedControl';

type View = 'enterprise' | 'gender';

/** Pre- and post-test averages side by side for the whole workshop and for each enterprise or gender. */
export function KnowledgeGainChart({ results }: { results: WorkshopResults }) {
  const { t, i18n } = useTranslation('results');
  const { t: tt } = useTranslation('trainer');
  const [view, setView] = useState<View>('enterprise');
  const language = i18n.language;
  const row = (name: string, g: GroupResult) => ({ name, pre: g.preAverage, post: g.postAverage });
  const groups =
    view === 'enterprise'
      ? results.byEnterprise.map((g) => row(enterpriseLabel(g.enterprise, language) || tt('participant.noEnterprise'), g))
      : results.byGender.map((g) => row(tt(`gender.${g.gender}`), g));
  const data = [row(t('chart.all'), results.overall), ...groups];
  const percent = (value: number) => `${formatNumber(value, language, { maximumFractionDigits: 1 })}%`;

  return (
    <section className="card stack chart-card" aria-label={t('chart.title')}>
      <div className="toolbar center">
        <h3 className="grow">{t('chart.title')}</h3>
        <SegmentedControl label={t('chart.groupBy')} options={['enterprise', 'gender'] as const} value={view} optionLabel={(item) => t(`chart.by.${item}`)} onChange={setView} />
      </div>
      <div className="chart-box">
        <ResponsiveContainer width="100%" height={300}>
          <BarChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} barGap={4}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#d9e0e7" />
            <XAxis dataKey="name" tick={{ fontSize: 13 }} interval={0} />
            <YAxis domain={[0, 100]} tickFormatter={percent} width={52} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? percent(value) : '—')} />
            <Legend itemSorter={null} />
            <ReferenceLine y={results.passMark} stroke="#e8772e" strokeDasharray="5 4" label={{ value: t('chart.passMark', { mark: results.passMark }), position: 'insideTopRight', fontSize: 12, fill: '#a15c00' }} />
            <Bar dataKey="pre" name={t('chart.pre')} fill="#9db7cc" radius={[4, 4, 0, 0]} isAnimationActive={false} />
            <Bar dataKey="post" name={t('chart.post')} fill="#0b5c8c" radius={[4, 4, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}
