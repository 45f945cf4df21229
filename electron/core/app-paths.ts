import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const PRODUCT_NAME = 'SCORE Trainer Toolkit';

/**
 * The folder Electron calls userData for this app, computed without Electron, so that browser mode and the
 * desktop app share one data folder by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SCORE_DATA_DIR) return resolve(env.SCORE_DATA_DIR);
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(homedir(), '.config'));
  return join(appData, PRODUCT_NAME);
}
