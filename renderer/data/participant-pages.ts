import { useQueries } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Participant } from '../../shared/domain/people';
import { api } from '../api/client';
import { apiKey } from './data-areas';

export const PAGE_SIZE = 100;

export interface ParticipantPages {
  total: number | null;
  error: unknown;
  rowAt: (index: number) => Participant | undefined;
  /** Loads the pages that hold rows first..last, if not loaded yet. */
  ensure: (first: number, last: number) => void;
}

/**
 * The participant list is paged from the core as the virtualized table scrolls: only the visible pages are
 * fetched, so 100,000 participants cost what a screenful does. Each page is its own query, keyed by the filter,
 * so a change to the people area refreshes the pages on screen and answers for an older filter never mix in.
 */
export function useParticipantPages(query: string, enterpriseId: string | undefined): ParticipantPages {
  const filter = `${query}\u0000${enterpriseId ?? ''}`;
  const [wanted, setWanted] = useState<{ filter: string; pages: readonly number[] }>({ filter, pages: [0] });
  const pageNumbers = wanted.filter === filter ? wanted.pages : [0];

  const results = useQueries({
    queries: pageNumbers.map((page) => {
      const input = { query, enterpriseId, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
      return { queryKey: apiKey('people', 'listParticipants', input), queryFn: () => api.listParticipants(input) };
    }),
  });

  const ensure = useCallback(
    (first: number, last: number) =>
      setWanted((previous) => {
        const pages = new Set(previous.filter === filter ? previous.pages : [0]);
        const before = pages.size;
        for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) pages.add(page);
        return pages.size === before && previous.filter === filter ? previous : { filter, pages: [...pages] };
      }),
    [filter],
  );

  const loaded = new Map(pageNumbers.map((page, i) => [page, results[i]?.data] as const));
  return {
    total: results[0]?.data?.total ?? null,
    error: results.find((result) => result.error)?.error ?? null,
    rowAt: (index) => loaded.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE],
    ensure,
  };
}
