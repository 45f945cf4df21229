import { Suspense, useEffect, useState } from 'react';
import { api, TRAINER_LOCKED_EVENT } from './api/client';
import { subscribeToEvents } from './api/events';
import type { AppState } from '../shared/domain/app';
import { AppStateContext } from './app-state';
import { AppShell } from './components/AppShell';
import { useRoute } from './routes';
import { FirstRun } from './screens/first-run/FirstRun';
import { LearnArea, SettingsScreen, TrainerArea, VerifyScreen } from './route-screens';

export function App({ initialState }: { initialState: AppState }) {
  const [state, setState] = useState(initialState);
  const route = useRoute();
  useEffect(() => {
    const refresh = () => void api.getAppState({}).then(setState);
    window.addEventListener(TRAINER_LOCKED_EVENT, refresh);
    // The core says when this window's unlock ends (idle time, a lock from elsewhere): the screen locks at once. An
    // unlock only ever comes from this window's own PIN form, which moves on by itself (after showing a new
    // recovery code, say), so it is not taken from here.
    const unsubscribe = subscribeToEvents((event) => {
      if (event.type === 'trainerLock' && !event.unlocked) setState((current) => ({ ...current, trainerUnlocked: false }));
    }, refresh);
    return () => {
      window.removeEventListener(TRAINER_LOCKED_EVENT, refresh);
      unsubscribe();
    };
  }, []);
  return (
    <AppStateContext.Provider value={{ state, setState }}>
      {state.language === null ? (
        <FirstRun />
      ) : (
        <AppShell route={route}>
          <Suspense>
            {route === 'learn' && <LearnArea />}
            {route === 'trainer' && <TrainerArea />}
            {route === 'settings' && <SettingsScreen />}
            {route === 'verify' && <VerifyScreen />}
          </Suspense>
        </AppShell>
      )}
    </AppStateContext.Provider>
  );
}
