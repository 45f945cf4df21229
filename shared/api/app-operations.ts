import { z } from 'zod';
import { language, pin, type AboutInfo, type AppState } from '../domain/app';
import { operation } from './operation';

const none = z.object({}).strict();

export const appOperations = {
  getAppState: operation<AppState>()(none, 'public'),
  getAbout: operation<AboutInfo>()(none, 'public'),
  setLanguage: operation<AppState>()(z.object({ language }).strict(), 'public'),
  /** Allowed only while no PIN exists: the first-run flow. */
  createTrainerPin: operation<AppState>()(z.object({ pin }).strict(), 'public'),
  unlockTrainer: operation<AppState>()(z.object({ pin: z.string().max(32) }).strict(), 'public'),
  lockTrainer: operation<AppState>()(none, 'public'),
  changeTrainerPin: operation<AppState>()(z.object({ currentPin: z.string().max(32), newPin: pin }).strict(), 'trainer'),
};
