import type { TFunction } from 'i18next';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresentedQuestion } from '../../../../shared/domain/learning';
import type { ParticipantResult, TestKind } from '../../../../shared/domain/results';
import { formatTestPercent } from '../../../../shared/domain/test-score';
import { api } from '../../../api/client';
import { ErrorText } from '../../../components/ErrorText';
import { useApiData } from '../../../hooks/use-api-data';
import { useLocalized } from '../../../hooks/use-localized';
import { SegmentedControl } from '../../../components/SegmentedControl';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** What may be typed for a question, as a short hint: the letters on the paper, T/F, or a count. */
function hintOf(question: PresentedQuestion, t: TFunction<'results'>): string {
  switch (question.type) {
    case 'single':
      return t('paper.hint.single', { last: LETTERS[question.options.length - 1]! });
    case 'multiple':
      return t('paper.hint.multiple', { last: LETTERS[question.options.length - 1]! });
    case 'truefalse':
      return t('paper.hint.truefalse');
    case 'ordering':
      return t('paper.hint.ordering', { number: question.items.length });
    case 'matching':
      return t('paper.hint.matching', { number: question.left.length });
    case 'hotspot':
      return t('paper.hint.hotspot', { number: question.hotspotCount });
  }
}

/** A single keystroke is a complete answer for these, so the cursor moves on by itself. */
function completeAfterOneKey(question: PresentedQuestion, value: string): boolean {
  if (question.type === 'single') return /^[A-Za-z]$/.test(value);
  if (question.type === 'truefalse') return /^[TtFf对错√×]$/.test(value);
  return false;
}

/**
 * Typing in paper answer sheets: one box per question in the paper's order, letters as printed. A one-letter
 * answer moves to the next box by itself; Enter moves on from the others. After saving, the next person without
 * a result is chosen, so a pile of sheets goes quickly.
 */
export function PaperEntry({ workshopId, participants, onSaved }: { workshopId: string; participants: ParticipantResult[]; onSaved: () => void }) {
  const { t, i18n } = useTranslation('results');
  const local = useLocalized();
  const [kind, setKind] = useState<TestKind>('pre');
  const paper = useApiData(() => api.getPaperTest({ workshopId, kind }), [workshopId, kind]);
  const pending = participants.filter((p) => !p[kind]);
  const [participantId, setParticipantId] = useState('');
  const [codes, setCodes] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Array<HTMLInputElement | null>>([]);
  const chosen = participantId || pending[0]?.participantId || '';
  // The other kind's paper stays in paper.data until this one arrives; its boxes must never be typed into.
  const questions = paper.loading ? [] : (paper.data?.questions ?? []);

  const focus = (index: number) => inputs.current[index]?.focus();
  const onKey = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (index < questions.length - 1) focus(index + 1);
      else void save();
    }
  };
  const save = async () => {
    const person = participants.find((p) => p.participantId === chosen);
    if (!person) return;
    setBusy(true);
    setError(null);
    setSaved('');
    try {
      const result = await api.submitPaperTest({ workshopId, participantId: chosen, kind, codes });
      setSaved(t('paper.saved', { name: person.name, percent: formatTestPercent(result.percent, i18n.language) }));
      setCodes({});
      setParticipantId(pending.find((p) => p.participantId !== chosen)?.participantId ?? '');
      onSaved();
      focus(0);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack">
      <h3>{t('paper.title')}</h3>
      <p className="hint">{t('paper.intro')}</p>
      <div className="toolbar">
        <SegmentedControl
          label={t('paper.kind')}
          options={['pre', 'post'] as const}
          value={kind}
          optionLabel={(item) => t(`kind.${item}`)}
          onChange={(item) => {
            setKind(item);
            setCodes({});
            setParticipantId('');
          }}
        />
        <label className="field grow">
          <span>{t('paper.participant')}</span>
          <select value={chosen} onChange={(e) => setParticipantId(e.target.value)}>
            {participants.map((p) => (
              <option key={p.participantId} value={p.participantId}>
                {p[kind] ? t('paper.hasResult', { name: p.name, percent: formatTestPercent(p[kind].percent, i18n.language) }) : p.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorText error={paper.error} />
      <ol className="paper-grid">
        {questions.map((question, index) => (
          <li key={question.id}>
            <label>
              <span className="paper-number">{index + 1}</span>
              <input
                ref={(element) => {
                  inputs.current[index] = element;
                }}
                value={codes[question.id] ?? ''}
                maxLength={20}
                autoComplete="off"
                spellCheck={false}
                aria-label={t('paper.answerLabel', { number: index + 1 })}
                onKeyDown={(e) => onKey(e, index)}
                onChange={(e) => {
                  const value = e.target.value;
                  setCodes((c) => ({ ...c, [question.id]: value }));
                  if (completeAfterOneKey(question, value) && index < questions.length - 1) focus(index + 1);
                }}
              />
            </label>
            <span className="paper-hint">{hintOf(question, t)}</span>
            <span className="paper-prompt" title={local(question.prompt)}>{local(question.prompt)}</span>
          </li>
        ))}
      </ol>
      <ErrorText error={error} />
      {saved && <p className="success" role="status">{saved}</p>}
      <div className="actions">
        <span className="hint push-left">{t('paper.blankHint')}</span>
        <button type="button" className="button primary" disabled={busy || !chosen || questions.length === 0} onClick={save}>{t('paper.save')}</button>
      </div>
    </section>
  );
}
