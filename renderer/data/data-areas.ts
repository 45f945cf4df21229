import type { QueryKey } from '@tanstack/react-query';
import type { InputOf, OperationName } from '../../shared/api/contract';

/**
 * The areas of data the screens show. Every query key starts with its area, so one change (a mutation here, or
 * a "data changed" event from the core later) refreshes every screen that shows that area.
 */
export const DATA_AREAS = ['programmes', 'workshops', 'people', 'certificates', 'modules', 'settings', 'backup'] as const;
export type DataArea = (typeof DATA_AREAS)[number];

/** A query's key: its area first (for invalidation), then the operation and its input. */
export function apiKey<K extends OperationName>(area: DataArea, name: K, input: InputOf<K>): QueryKey {
  return [area, name, input];
}
