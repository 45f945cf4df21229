import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { InputOf, OperationName, OutputOf } from '../../shared/api/contract';
import { api } from '../api/client';
import { apiKey, type DataArea } from './data-areas';
import { dataChanged } from './data-changed';

function call<K extends OperationName>(name: K, input: InputOf<K>): Promise<OutputOf<K>> {
  return api[name](input);
}

/** Reads one operation through the cache; the previous answer stays on screen while a new input loads. */
export function useApiQuery<K extends OperationName>(area: DataArea, name: K, input: InputOf<K>, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: apiKey(area, name, input),
    queryFn: () => call(name, input),
    placeholderData: (previous) => previous,
    enabled: options.enabled ?? true,
  });
}

export interface Optimistic<K extends OperationName, T> {
  key: QueryKey;
  /** The cached value as it will look once the call succeeds; put back if it fails. */
  update: (current: T, input: InputOf<K>) => T;
}

/**
 * Runs one operation that changes data: busy and error come from the mutation, the areas it touches are
 * refreshed when it succeeds, and an optimistic change to one cached query is rolled back when it fails.
 */
export function useApiMutation<K extends OperationName, T = never>(name: K, changes: readonly DataArea[], optimistic?: Optimistic<K, T>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<K>) => call(name, input),
    onMutate: async (input) => {
      if (!optimistic) return undefined;
      await client.cancelQueries({ queryKey: optimistic.key });
      const before = client.getQueryData<T>(optimistic.key);
      if (before !== undefined) client.setQueryData<T>(optimistic.key, optimistic.update(before, input));
      return { before };
    },
    onError: (_error, _input, context) => {
      if (optimistic && context?.before !== undefined) client.setQueryData<T>(optimistic.key, context.before);
    },
    onSettled: () => dataChanged(client, changes),
  });
}
