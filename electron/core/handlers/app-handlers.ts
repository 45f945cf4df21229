import type { appOperations } from '../../../shared/api/app-operations';
import { AppError } from '../../../shared/api/result';
import type { AppState } from '../../../shared/domain/app';
import { hashPin, verifyPin } from '../auth/pin-hash';
import { schemaVersion } from '../db/open-database';
import type { HandlerContext, HandlersFor } from './handler';

function appState({ core, session }: HandlerContext): AppState {
  const language = core.settings.get('language');
  return {
    language: language === 'en' || language === 'zh-CN' ? language : null,
    pinSet: core.settings.get('trainer_pin_hash') !== undefined,
    trainerUnlocked: session.trainerUnlocked,
  };
}

function checkPin(context: HandlerContext, pin: string): void {
  const stored = context.core.settings.get('trainer_pin_hash');
  if (!stored) throw new AppError('PIN_NOT_SET');
  context.core.pinAttempts.assertAllowed();
  if (!verifyPin(pin, stored)) {
    context.core.pinAttempts.recordFailure();
    throw new AppError('PIN_WRONG');
  }
  context.core.pinAttempts.recordSuccess();
}

export const appHandlers: HandlersFor<typeof appOperations> = {
  getAppState: (_input, context) => appState(context),

  getAbout: (_input, { core }) => ({
    version: core.options.version,
    runtime: core.options.runtime,
    nodeVersion: process.versions.node,
    sqliteVersion: (core.db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
    dataDir: core.options.dataDir,
    databaseFile: core.databaseFile,
    schemaVersion: schemaVersion(core.db),
  }),

  setLanguage: ({ language }, context) => {
    context.core.settings.set('language', language);
    return appState(context);
  },

  createTrainerPin: ({ pin }, context) => {
    const { core } = context;
    // Check and write in one transaction so two first-run windows cannot both set a PIN.
    core.db.transaction(() => {
      if (core.settings.get('trainer_pin_hash')) throw new AppError('PIN_ALREADY_SET');
      core.settings.set('trainer_pin_hash', hashPin(pin));
    })();
    context.session.unlockTrainer();
    return appState(context);
  },

  unlockTrainer: ({ pin }, context) => {
    checkPin(context, pin);
    context.session.unlockTrainer();
    return appState(context);
  },

  lockTrainer: (_input, context) => {
    context.session.lockTrainer();
    return appState(context);
  },

  changeTrainerPin: ({ currentPin, newPin }, context) => {
    checkPin(context, currentPin);
    context.core.settings.set('trainer_pin_hash', hashPin(newPin));
    return appState(context);
  },
};

