import { useEffect, useRef, useState } from 'react';

export interface ApiData<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data through the API whenever the dependencies change. Answers to an earlier load are dropped, and the
 * previous data stays on screen while the next load runs (no flicker).
 */
export function useApiData<T>(load: () => Promise<T>, deps: readonly unknown[]): ApiData<T> {
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify([...deps, generation]);
  const [state, setState] = useState<{ key: string; data: T | undefined; error: unknown }>({ key: '', data: undefined, error: null });
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });

  useEffect(() => {
    let live = true;
    latestLoad.current().then(
      (data) => live && setState({ key, data, error: null }),
      (error: unknown) => live && setState((previous) => ({ key, data: previous.data, error })),
    );
    return () => {
      live = false;
    };
  }, [key]);

  return { data: state.data, error: state.error, loading: state.key !== key, reload: () => setGeneration((g) => g + 1) };
}
