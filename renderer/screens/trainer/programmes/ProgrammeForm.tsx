import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeSummary } from '../../../../shared/domain/programmes';
import { MAX_PROGRAMME_WORKSHOPS } from '../../../../shared/domain/programmes';
import { ErrorText } from '../../../components/ErrorText';
import { useCreateProgramme } from '../../../data/programmes';
import { useWorkshopList } from '../../../data/workshops';
import { workshopDates } from '../workshops/workshop-labels';

/** A new programme: its title and the workshops it is made of, listed on the certificate earliest first. */
export function ProgrammeForm({ onSaved, onCancel }: { onSaved: (programme: ProgrammeSummary) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation('certificates');
  const { t: tw } = useTranslation('workshops');
  const workshops = useWorkshopList({ offset: 0, limit: 200 });
  const create = useCreateProgramme();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const rows = [...(workshops.data?.rows ?? [])].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));

  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const title = new FormData(event.currentTarget).get('title');
    const workshopIds = rows.filter((w) => chosen.has(w.id)).map((w) => w.id);
    create.mutate({ title: typeof title === 'string' ? title : '', workshopIds }, { onSuccess: onSaved });
  };

  return (
    <form className="stack" onSubmit={submit}>
      <label className="field">
        <span>{t('programmes.titleLabel')}</span>
        <input name="title" required maxLength={120} placeholder={t('programmes.titlePlaceholder')} />
      </label>
      <fieldset className="stack programme-workshops">
        <legend>{t('programmes.workshopsLabel', { max: MAX_PROGRAMME_WORKSHOPS })}</legend>
        {rows.map((w) => (
          <label key={w.id} className="check-field">
            <input type="checkbox" checked={chosen.has(w.id)} onChange={() => toggle(w.id)} disabled={!chosen.has(w.id) && chosen.size >= MAX_PROGRAMME_WORKSHOPS} />
            <span>
              {w.title} <span className="hint">{workshopDates(w, i18n.language, tw)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <ErrorText error={create.error ?? workshops.error} />
      <div className="actions">
        <button type="button" className="button ghost" onClick={onCancel}>{t('panel.cancel')}</button>
        <button type="submit" className="button primary" disabled={chosen.size === 0 || create.isPending}>{t('programmes.create')}</button>
      </div>
    </form>
  );
}
