import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAppState } from '../../app-state';
import { routeHref, useSubPath } from '../../routes';
import '../../styles/trainer.css';
import { BackupScreen } from './backup/BackupScreen';
import { EnterprisesScreen } from './people/EnterprisesScreen';
import { ParticipantsScreen } from './people/ParticipantsScreen';
import { ModulesSection } from './modules/ModulesSection';
import { ProgrammeScreen } from './programmes/ProgrammeScreen';
import { ProgrammesScreen } from './programmes/ProgrammesScreen';
import { RosterImportScreen } from './roster/RosterImportScreen';
import { TrainerDashboard } from './TrainerDashboard';
import { WorkshopScreen } from './workshops/WorkshopScreen';
import { WorkshopsScreen } from './workshops/WorkshopsScreen';

const SECTIONS = ['overview', 'workshops', 'programmes', 'participants', 'enterprises', 'modules', 'backup'] as const;
type Section = (typeof SECTIONS)[number];
/** Reached from a section, not from a tab: the tab of the section they belong to stays marked. */
const INNER: Record<string, Section> = { import: 'participants' };

/** The unlocked trainer area: `#/trainer/<section>/...`, with the Lock button always in reach. */
export function TrainerHome() {
  const { t } = useTranslation();
  const { t: tt } = useTranslation('trainer');
  const { setState } = useAppState();
  const path = useSubPath();
  const inner = Object.hasOwn(INNER, path[0] ?? '') ? INNER[path[0]!] : undefined;
  const section: Section = inner ?? ((SECTIONS as readonly string[]).includes(path[0] ?? '') ? (path[0] as Section) : 'overview');

  return (
    <div className="trainer-area">
      <div className="page-header">
        <h1>{t('trainer.title')}</h1>
        <button type="button" className="button ghost" onClick={async () => setState(await api.lockTrainer({}))}>
          {t('trainer.lock')}
        </button>
      </div>
      <nav className="trainer-tabs" aria-label={tt('nav.label')}>
        {SECTIONS.map((item) => (
          <a
            key={item}
            href={item === 'overview' ? routeHref('trainer') : routeHref('trainer', item)}
            className={item === section ? 'trainer-tab active' : 'trainer-tab'}
            aria-current={item === section ? 'page' : undefined}
          >
            {tt(`nav.${item}`)}
          </a>
        ))}
      </nav>
      {section === 'overview' && <TrainerDashboard />}
      {section === 'workshops' && (path[1] ? <WorkshopScreen key={path[1]} workshopId={path[1]} tab={path[2]} /> : <WorkshopsScreen />)}
      {section === 'programmes' && (path[1] ? <ProgrammeScreen key={path[1]} programmeId={path[1]} /> : <ProgrammesScreen />)}
      {path[0] === 'import' && <RosterImportScreen key={path[1] ?? 'none'} workshopId={path[1]} />}
      {section === 'participants' && !inner && <ParticipantsScreen key={path[1] ?? 'all'} enterpriseId={path[1]} />}
      {section === 'enterprises' && <EnterprisesScreen />}
      {section === 'backup' && <BackupScreen />}
      {section === 'modules' && <ModulesSection path={path.slice(1)} />}
    </div>
  );
}
