import { z } from 'zod';
import type { TrainerOverview } from '../domain/trainer-overview';
import { operation } from './operation';

export const trainerOperations = {
  getTrainerOverview: operation<TrainerOverview>()(z.object({}).strict(), 'trainer'),
};
