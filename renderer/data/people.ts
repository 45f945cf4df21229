import type { InputOf } from '../../shared/api/contract';
import type { EnterpriseSummary } from '../../shared/domain/people';
import { api } from '../api/client';
import { useApiMutation, useApiQuery } from './api-hooks';
import { apiKey } from './data-areas';

/** Enterprises and participants. Their changes reach workshops too (enrolments, enterprise names in lists). */
export const useEnterprises = () => useApiQuery('people', 'listEnterprises', {});

export const useCreateEnterprise = () => useApiMutation('createEnterprise', ['people']);

export const useUpdateEnterprise = () => useApiMutation('updateEnterprise', ['people', 'workshops', 'certificates']);

/** The enterprise leaves the list at once, and comes back if the core refuses. */
export const useDeleteEnterprise = () =>
  useApiMutation<'deleteEnterprise', EnterpriseSummary[]>('deleteEnterprise', ['people', 'workshops'], {
    key: apiKey('people', 'listEnterprises', {}),
    update: (list, { id }) => list.filter((enterprise) => enterprise.id !== id),
  });

export const useCreateParticipant = () => useApiMutation('createParticipant', ['people']);

export const useUpdateParticipant = () => useApiMutation('updateParticipant', ['people', 'workshops', 'certificates']);

export const useDeleteParticipant = () => useApiMutation('deleteParticipant', ['people', 'workshops', 'certificates']);

/** Builds the participant list as a spreadsheet file; an export, not data to cache. */
export const exportParticipants = (input: InputOf<'exportParticipants'>) => api.exportParticipants(input);
