import { z } from 'zod';
import { language, pin, type AboutInfo, type AppState, type PinCreated } from '../domain/app';
import { operation } from './operation';

const none = z.object({}).strict();

export const appOperations = {
  getAppState: operation<AppState>()(none, 'public'),
  getAbout: operation<AboutInfo>()(none, 'public'),
  setLanguage: operation<AppState>()(z.object({ language }).strict(), 'public'),
  /** Allowed only while no PIN exists: the first-run flow. Answers with the recovery code, the only time it is shown. */
  createTrainerPin: operation<PinCreated>()(z.object({ pin }).strict(), 'public'),
  unlockTrainer: operation<AppState>()(z.object({ pin: z.string().max(32) }).strict(), 'public'),
  lockTrainer: operation<AppState>()(none, 'public'),
  /** A trainer who forgot the PIN, or is locked out, sets a new one with the recovery code; a new code replaces the used one. */
  resetTrainerPin: operation<PinCreated>()(z.object({ recoveryCode: z.string().max(64), newPin: pin }).strict(), 'public'),
  /** A fresh recovery code (the old one stops working), for a trainer who lost it or set the PIN before codes existed. */
  renewRecoveryCode: operation<{ recoveryCode: string }>()(none, 'trainer'),
  changeTrainerPin: operation<AppState>()(z.object({ currentPin: z.string().max(32), newPin: pin }).strict(), 'trainer'),
};
