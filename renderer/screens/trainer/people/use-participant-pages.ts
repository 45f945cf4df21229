import { useCallback, useEffect, useRef, useState } from 'react';
import type { Participant } from '../../../../shared/domain/people';
import { api } from '../../../api/client';

export const PAGE_SIZE = 100;

export interface ParticipantPages {
  total: number | null;
  error: unknown;
  rowAt: (index: number) => Participant | undefined;
  /** Loads the pages that hold rows first..last, if not loaded yet. */
  ensure: (first: number, last: number) => void;
  reload: () => void;
}

interface Loaded {
  key: string;
  total: number | null;
  pages: ReadonlyMap<number, Participant[]>;
  error: unknown;
}

/**
 * The participant list is paged from the core as the virtualized table scrolls: only the visible pages are
 * fetched, so 100,000 participants cost what a screenful does. Everything loaded is tagged with the filter it
 * was loaded for, so answers that arrive after the filter changed are dropped.
 */
export function useParticipantPages(query: string, enterpriseId: string | undefined): ParticipantPages {
  const [generation, setGeneration] = useState(0);
  const key = `${generation}\u0000${query}\u0000${enterpriseId ?? ''}`;
  const [loaded, setLoaded] = useState<Loaded>({ key, total: null, pages: new Map(), error: null });
  const requested = useRef({ key, pages: new Set<number>() });
  const current: Loaded = loaded.key === key ? loaded : { key, total: null, pages: new Map(), error: null };

  const load = useCallback(
    (page: number) => {
      if (requested.current.key !== key) requested.current = { key, pages: new Set() };
      if (requested.current.pages.has(page)) return;
      requested.current.pages.add(page);
      const update = (change: (state: Loaded) => Loaded) =>
        setLoaded((previous) => change(previous.key === key ? previous : { key, total: null, pages: new Map(), error: null }));
      api.listParticipants({ query, enterpriseId, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (result) => update((state) => ({ ...state, total: result.total, pages: new Map(state.pages).set(page, result.rows) })),
        (caught: unknown) => {
          requested.current.pages.delete(page);
          update((state) => ({ ...state, error: caught }));
        },
      );
    },
    [key, query, enterpriseId],
  );

  useEffect(() => load(0), [load]);

  const ensure = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) load(page);
    },
    [load],
  );

  return {
    total: current.total,
    error: current.error,
    rowAt: (index) => current.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    ensure,
    reload: () => setGeneration((g) => g + 1),
  };
}
