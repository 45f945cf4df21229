/** Electron entry: the window, its security settings and lifecycle. The application logic lives in ./core. */
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import packageJson from '../package.json';
import { bundledWorkerFile } from './core/pdf/certificate-renderer';
import { DATABASE_FILE_NAME } from './core/core';
import { CoreWorkerHost } from './core/endpoint/core-worker-host';
import { restoreNewestBackup } from './core/backup/startup-recovery';
import { AppError } from '../shared/api/result';
import { detectLanguage } from '../shared/i18n/detect-language';
import { translate } from '../shared/i18n/translate';
import { APP_SCHEME_PRIVILEGES, respondToAppRequest } from './app-protocol';
import { registerFileDialogs } from './file-dialogs';
import { forwardCoreEvents, registerApiHandlers } from './ipc';
import { setApplicationMenu } from './menu';
import { writeDesktopLog } from './desktop-log';
import { watchWindowFailures, type FailureReporting } from './window-failures';
import { APP_ORIGIN, APP_SCHEME, isNavigationAllowed, isPermissionAllowed } from './security';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let mainWindow: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.whenReady().then(start).catch(fail);
}

/**
 * A start-up failure (a database from a newer version, a damaged one) is explained, never a silent hang. A damaged
 * database with a saved backup gets the offer to restore the newest one; the damaged file is kept.
 */
function fail(error: unknown): void {
  writeDesktopLog(desktopLogFile(), 'start-up-failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  const language = detectLanguage(undefined, [app.getLocale()]);
  const title = translate(language, 'common', 'app.name');
  const backupCreatedAt = error instanceof AppError && error.code === 'DATABASE_CORRUPT' ? error.details.backupCreatedAt : undefined;
  if (typeof backupCreatedAt === 'string') {
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(backupCreatedAt));
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title,
      message: translate(language, 'common', 'startup.restoreNewestQuestion', { date }),
      buttons: [translate(language, 'common', 'startup.restoreNewest'), translate(language, 'common', 'startup.quit')],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice === 0) {
      restoreNewestBackup(dataDir(), join(dataDir(), DATABASE_FILE_NAME)).then(start).catch(fail);
      return;
    }
    app.exit(1);
    return;
  }
  const code = error instanceof AppError ? error.code : 'INTERNAL';
  dialog.showErrorBox(title, translate(language, 'common', `errors.${code}`, error instanceof AppError ? (error.details as Record<string, string>) : {}));
  app.exit(1);
}

function desktopLogFile(): string {
  return join(app.getPath('logs'), 'desktop.log');
}
const dataDir = () => process.env.SCORE_DATA_DIR ?? app.getPath('userData');

/** The main process's own client of the core: it only reads the language for the menu. */
const MAIN_CLIENT = 'main-process';

async function menuLanguage(core: CoreWorkerHost) {
  const state = await core.call(MAIN_CLIENT, 'getAppState', {});
  return detectLanguage(state.ok ? (state.value as { language: string | null }).language ?? undefined : undefined, [app.getLocale()]);
}

async function start(): Promise<void> {
  const logFile = desktopLogFile();
  // Without its worker, certificates still render, but on this thread and slowly: worth a line in the log.
  const workerFile = bundledWorkerFile();
  if (workerFile !== null && !existsSync(workerFile)) writeDesktopLog(logFile, 'render-worker-missing', { expected: workerFile });

  // Packaged builds carry the content packs as plain resources beside the asar (electron-builder.yml).
  const contentDir = app.isPackaged ? join(process.resourcesPath, 'content') : join(__dirname, '..', 'resources', 'content');
  // The core runs in a worker thread: SQLite, roster parsing, zips and backups never hold the window's process.
  const core = await CoreWorkerHost.start({ options: { dataDir: dataDir(), runtime: 'electron', version: packageJson.version, contentDir }, startBackupSchedule: true });
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void core.close().then(() => {
      closed = true;
      app.quit();
    });
  });
  forwardCoreEvents(core, () => (mainWindow ? [mainWindow.webContents] : []));

  const rendererDir = join(__dirname, '..', 'dist', 'renderer');
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request.url, rendererDir));

  session.defaultSession.setPermissionRequestHandler((webContents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, webContents.getURL(), 'mediaTypes' in details ? (details.mediaTypes ?? []) : []));
  });
  session.defaultSession.setPermissionCheckHandler((_webContents, permission, origin) => isPermissionAllowed(permission, origin, ['video']));

  // Kept here, since a failure dialog must not wait on the core; it follows each change of language.
  let language = await menuLanguage(core);
  setApplicationMenu(language);
  registerApiHandlers(ipcMain, core, (name) => {
    if (name !== 'setLanguage') return;
    void menuLanguage(core).then((chosen) => {
      language = chosen;
      setApplicationMenu(chosen);
    });
  });
  registerFileDialogs(ipcMain, () => mainWindow);

  createWindow({
    logFile,
    language: () => language,
    // The window waits for ready-to-show, which a failed load never sends: show it, so that closing it quits the
    // app rather than leaving an invisible one holding the single-instance lock.
    showError: (title, message) => {
      dialog.showErrorBox(title, message);
      mainWindow?.show();
    },
  });
  app.on('window-all-closed', () => app.quit());
}

function createWindow(failureReporting: FailureReporting): void {
  mainWindow = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: 'SCORE Trainer Toolkit',
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would otherwise open links in a new window, bypassing the navigation rules.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  watchWindowFailures(mainWindow.webContents, failureReporting);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
