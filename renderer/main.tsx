import { createRoot } from 'react-dom/client';
import { detectLanguage } from '../shared/i18n/detect-language';
import { api } from './api/client';
import { App } from './App';
import { initI18n } from './i18n';
import './styles.css';

async function boot(): Promise<void> {
  const state = await api.getAppState({});
  await initI18n(detectLanguage(state.language, navigator.languages));
  createRoot(document.getElementById('root')!).render(<App initialState={state} />);
}

void boot();
