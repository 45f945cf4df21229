import type { InputOf } from '../../shared/api/contract';
import { useApiQuery } from './api-hooks';

/** Workshops: the list, one workshop, its enrolment and attendance. */
export const useWorkshopList = (input: InputOf<'listWorkshops'>) => useApiQuery('workshops', 'listWorkshops', input);
