import { createContext, useContext } from 'react';
import type { AppState } from '../shared/domain/app';

export interface AppStateContextValue {
  state: AppState;
  setState: (state: AppState) => void;
}

export const AppStateContext = createContext<AppStateContextValue | null>(null);

export function useAppState(): AppStateContextValue {
  const value = useContext(AppStateContext);
  if (!value) throw new Error('useAppState outside AppStateContext');
  return value;
}
