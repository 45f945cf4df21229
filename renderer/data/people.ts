import type { InputOf } from '../../shared/api/contract';
import { api } from '../api/client';
import { useApiMutation, useApiQuery } from './api-hooks';

/** Enterprises and participants. Their changes reach workshops too (enrolments, enterprise names in lists). */
export const useEnterprises = () => useApiQuery('people', 'listEnterprises', {});

export const useCreateEnterprise = () => useApiMutation('createEnterprise', ['people']);

export const useUpdateEnterprise = () => useApiMutation('updateEnterprise', ['people', 'workshops', 'certificates']);

export const useDeleteEnterprise = () => useApiMutation('deleteEnterprise', ['people', 'workshops']);

export const useCreateParticipant = () => useApiMutation('createParticipant', ['people']);

export const useUpdateParticipant = () => useApiMutation('updateParticipant', ['people', 'workshops', 'certificates']);

export const useDeleteParticipant = () => useApiMutation('deleteParticipant', ['people', 'workshops', 'certificates']);

/** Builds the participant list as a spreadsheet file; an export, not data to cache. */
export const exportParticipants = (input: InputOf<'exportParticipants'>) => api.exportParticipants(input);
