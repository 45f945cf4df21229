import '../../../styles/guide.css';
import { GuideScreen } from './GuideScreen';
import { ModuleList } from './ModuleList';
import { RunSession } from './RunSession';

/**
 * #/trainer/modules                              modules on this computer, install a pack
 * #/trainer/modules/<module>                     the facilitator guide
 * #/trainer/modules/<module>/run/<session>       the run-session view
 */
export function ModulesSection({ path }: { path: string[] }) {
  const [moduleId, view, sessionId] = path;
  if (!moduleId) return <ModuleList />;
  if (view === 'run' && sessionId) return <RunSession key={sessionId} moduleId={moduleId} sessionId={sessionId} />;
  return <GuideScreen moduleId={moduleId} />;
}
