import { z } from 'zod';

export const language = z.enum(['en', 'zh-CN']);
export type Language = z.infer<typeof language>;

export interface AppState {
  /** Null until the first-run flow has chosen one. */
  language: Language | null;
  pinSet: boolean;
  trainerUnlocked: boolean;
}

export interface AboutInfo {
  version: string;
  runtime: 'electron' | 'browser';
  nodeVersion: string;
  sqliteVersion: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
}

/** A new PIN's recovery code, shown once: the trainer writes it down or prints it. */
export interface PinCreated {
  state: AppState;
  recoveryCode: string;
}

/** Trainer PINs are 4 to 8 digits: easy on a touch screen, and scrypt makes guessing slow. */
export const pin = z.string().regex(/^\d{4,8}$/);
