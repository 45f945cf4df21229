import { useTranslation } from 'react-i18next';

/** Enterprises the file names that are not on the list, and the one switch that adds them all. */
export function MissingEnterprises({ names, create, onChange }: { names: string[]; create: boolean; onChange: (create: boolean) => void }) {
  const { t } = useTranslation('roster');
  return (
    <section className="card stack" aria-labelledby="roster-enterprises-title">
      <h3 id="roster-enterprises-title">{t('enterprises.title', { count: names.length })}</h3>
      <ul className="roster-enterprise-list">
        {names.map((name) => <li key={name}>{name}</li>)}
      </ul>
      <label className="check">
        <input type="checkbox" checked={create} onChange={(e) => onChange(e.target.checked)} />
        {t('enterprises.add')}
      </label>
      <p className={create ? 'hint' : 'error'}>{create ? t('enterprises.willAdd') : t('enterprises.notAdded')}</p>
    </section>
  );
}
