import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { detectLanguage } from '../shared/i18n/detect-language';
import { api } from './api/client';
import { App } from './App';
import { queryClient } from './data/query-client';
import { StartupError } from './components/StartupError';
import { initI18n } from './i18n';
import './styles.css';

async function boot(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    const state = await api.getAppState({});
    await initI18n(detectLanguage(state.language, navigator.languages));
    root.render(
      <QueryClientProvider client={queryClient}>
        <App initialState={state} />
      </QueryClientProvider>,
    );
  } catch (error) {
    // Typically an old browser tab after the server restarted with a new token: say what to do, in the
    // browser's language, instead of a blank page.
    await initI18n(detectLanguage(null, navigator.languages));
    root.render(<StartupError error={error} />);
  }
}

void boot();
