import { useTranslation } from 'react-i18next';
import { enterpriseLabel, type EnterpriseName, type Gender, type Role } from '../../../../shared/domain/people';
import type { DuplicateDecision, RosterPreview } from '../../../../shared/domain/roster';
import { SegmentedControl } from '../../../components/SegmentedControl';

const SHOWN = 100;
const FOR_EXISTING: readonly DuplicateDecision[] = ['skip', 'new', 'update'];
/** A repeated row of the file has no record to update yet. */
const FOR_FILE_ROW: readonly DuplicateDecision[] = ['skip', 'new'];

interface PersonFacts {
  name: string;
  gender: Gender;
  enterprise: EnterpriseName | null;
  enterpriseText?: string;
  jobTitle: string;
  role: Role;
  department: string;
  phone: string;
}

const FACTS = ['name', 'gender', 'enterprise', 'jobTitle', 'role', 'department', 'phone'] as const;

/** Each suspected duplicate beside the record it resembles, and the trainer's decision for that row. */
export function DuplicateReview({ preview, decisions, onDecide }: { preview: RosterPreview; decisions: Record<string, DuplicateDecision>; onDecide: (row: number, decision: DuplicateDecision) => void }) {
  const { t } = useTranslation('roster');
  const duplicates = preview.rows.filter((row) => row.duplicateOf !== null);
  if (duplicates.length === 0) return null;
  const byRow = new Map(preview.rows.map((row) => [row.row, row]));
  return (
    <section className="card stack" aria-labelledby="roster-duplicates-title">
      <h3 id="roster-duplicates-title">{t('duplicates.title', { count: duplicates.length })}</h3>
      <p className="hint">{t('duplicates.hint')}</p>
      <ul className="roster-duplicates">
        {duplicates.slice(0, SHOWN).map((row) => {
          const other = row.duplicateOf!;
          const earlier = other.kind === 'row' ? byRow.get(other.row) : undefined;
          const match: PersonFacts | undefined = other.kind === 'existing' ? other.person : earlier;
          return (
            <li key={row.row} className="roster-duplicate">
              <div className="roster-pair">
                <Facts heading={t('duplicates.inFile', { row: row.row })} person={row} other={match} />
                {match && <Facts heading={other.kind === 'existing' ? t('duplicates.onList') : t('duplicates.inFile', { row: other.row })} person={match} other={row} />}
              </div>
              <SegmentedControl
                label={t('duplicates.decision', { row: row.row })}
                options={other.kind === 'existing' ? FOR_EXISTING : FOR_FILE_ROW}
                value={decisions[String(row.row)] ?? 'skip'}
                onChange={(decision) => onDecide(row.row, decision)}
                optionLabel={(decision) => t(`duplicates.${decision}`)}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Phone numbers compare by their digits: 138 0013 8002 is 13800138002. */
function comparable(fact: (typeof FACTS)[number], value: string): string {
  return fact === 'phone' ? value.replace(/\D/g, '') : value;
}

/**
 * One side of the comparison. A value that differs from the other side is marked; an empty one is not, since an
 * update keeps what the record has where the file says nothing.
 */
function Facts({ heading, person, other }: { heading: string; person: PersonFacts; other: PersonFacts | undefined }) {
  const { t, i18n } = useTranslation('roster');
  const { t: tt } = useTranslation('trainer');
  const shown = (facts: PersonFacts | undefined, fact: (typeof FACTS)[number]): string => {
    if (!facts) return '';
    switch (fact) {
      case 'gender':
        return tt(`gender.${facts.gender}`);
      case 'role':
        return tt(`role.${facts.role}`);
      case 'enterprise':
        return enterpriseLabel(facts.enterprise, i18n.language) || facts.enterpriseText || '';
      default:
        return facts[fact];
    }
  };
  const differs = (mine: string, theirs: string, fact: (typeof FACTS)[number]) => mine !== '' && theirs !== '' && comparable(fact, mine) !== comparable(fact, theirs);
  return (
    <div className="roster-facts">
      <h4>{heading}</h4>
      <dl>
        {FACTS.map((fact) => {
          const value = shown(person, fact);
          return (
            <div key={fact} className={differs(value, shown(other, fact), fact) ? 'differs' : undefined}>
              <dt>{t(`field.${fact}`)}</dt>
              <dd>{value || '—'}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}

