import type { appOperations } from '../../../shared/api/app-operations';
import { AppError } from '../../../shared/api/result';
import type { AppState, PinCreated } from '../../../shared/domain/app';
import { hashPin, verifyPin } from '../auth/pin-hash';
import { newRecoveryCode, normalizeRecoveryCode } from '../auth/recovery-code';
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

/** Stores the hash of a fresh recovery code and returns the code itself, which is never stored. */
function issueRecoveryCode({ core }: HandlerContext): string {
  const code = newRecoveryCode();
  core.settings.set('trainer_recovery_hash', hashPin(normalizeRecoveryCode(code)!));
  return code;
}

function recoveryCodeMatches({ core }: HandlerContext, typed: string): boolean {
  const stored = core.settings.get('trainer_recovery_hash');
  const normalized = normalizeRecoveryCode(typed);
  return stored !== undefined && normalized !== null && verifyPin(normalized, stored);
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

  createTrainerPin: ({ pin }, context): PinCreated => {
    const { core } = context;
    // Check and write in one transaction so two first-run windows cannot both set a PIN.
    const recoveryCode = core.db.transaction(() => {
      if (core.settings.get('trainer_pin_hash')) throw new AppError('PIN_ALREADY_SET');
      core.settings.set('trainer_pin_hash', hashPin(pin));
      return issueRecoveryCode(context);
    })();
    context.session.unlockTrainer();
    return { state: appState(context), recoveryCode };
  },

  resetTrainerPin: ({ recoveryCode, newPin }, context): PinCreated => {
    const { core } = context;
    if (!core.settings.get('trainer_pin_hash')) throw new AppError('PIN_NOT_SET');
    if (!recoveryCodeMatches(context, recoveryCode)) throw new AppError('RECOVERY_CODE_WRONG');
    const fresh = core.db.transaction(() => {
      core.settings.set('trainer_pin_hash', hashPin(newPin));
      core.pinAttempts.recordSuccess();
      return issueRecoveryCode(context);
    })();
    context.session.unlockTrainer();
    return { state: appState(context), recoveryCode: fresh };
  },

  renewRecoveryCode: (_input, context) => ({ recoveryCode: issueRecoveryCode(context) }),

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

