import type { QueryClient } from '@tanstack/react-query';
import type { DataArea } from './data-areas';

/**
 * The one place where "this area's data changed" becomes a refresh: mutations call it today, and the core's
 * "data changed" events (shared/api/events.ts) will call it when they arrive, so other windows and tabs follow.
 */
export function dataChanged(client: QueryClient, areas: readonly DataArea[]): Promise<void> {
  return Promise.all(areas.map((area) => client.invalidateQueries({ queryKey: [area] }))).then(() => undefined);
}
