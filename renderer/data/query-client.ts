import { QueryClient } from '@tanstack/react-query';

/**
 * One cache for the whole window. The core is local, so a failed call is not retried (it would fail the same
 * way, and a typed error must reach the screen at once). A screen shows what is cached at once and asks again
 * when it opens, because screens not yet on the data layer (restore, roster import) change data without
 * telling the cache; window focus alone does not refetch.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
