import type { Language } from '../shared/domain/app';
import { translate } from '../shared/i18n/translate';
import { writeDesktopLog } from './desktop-log';

/** Chromium's net::ERR_ABORTED: a load replaced by another navigation, not a failure. */
const LOAD_ABORTED = -3;

/** The events of Electron's WebContents watched here; structural so a test can drive it with an EventEmitter. */
export interface WindowEvents {
  on(event: 'preload-error', listener: (event: unknown, preloadPath: string, error: Error) => void): unknown;
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode: number }) => void): unknown;
  on(event: 'did-fail-load', listener: (event: unknown, errorCode: number, errorDescription: string, url: string, isMainFrame: boolean) => void): unknown;
}

export interface FailureReporting {
  logFile: string;
  /** Read when a failure happens, so the dialog follows a language change made since the window opened. */
  language: () => Language;
  showError: (title: string, message: string) => void;
}

/**
 * A window that cannot start (the preload threw, the page did not load, the renderer died) would otherwise be a
 * blank or generic screen: each failure is written to the log file and explained in a dialog in the user's language.
 */
export function watchWindowFailures(contents: WindowEvents, reporting: FailureReporting): void {
  const report = (kind: string, details: Record<string, unknown>, messageKey: string, values: Record<string, string>) => {
    writeDesktopLog(reporting.logFile, kind, details);
    const language = reporting.language();
    reporting.showError(translate(language, 'common', 'app.name'), translate(language, 'desktop', messageKey, { ...values, logFile: reporting.logFile }));
  };

  contents.on('preload-error', (_event, preloadPath, error) => {
    report('preload-error', { preloadPath, error: String(error?.stack ?? error) }, 'failures.preloadError', {});
  });
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    report('render-process-gone', { ...details }, 'failures.rendererGone', { reason: details.reason });
  });
  contents.on('did-fail-load', (_event, errorCode, errorDescription, url, isMainFrame) => {
    if (!isMainFrame || errorCode === LOAD_ABORTED) return;
    report('did-fail-load', { errorCode, errorDescription, url }, 'failures.loadFailed', { error: errorDescription });
  });
}
