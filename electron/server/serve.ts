/** Browser mode: `npm run serve -- --port N --data-dir DIR`. Prints one line with the URL to open. */
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import packageJson from '../../package.json';
import { DATABASE_FILE_NAME } from '../core/core';
import { CoreWorkerHost } from '../core/endpoint/core-worker-host';
import { restoreNewestBackup } from '../core/backup/startup-recovery';
import { AppError } from '../../shared/api/result';
import { createHttpServer } from './http-server';
import { parseServeArgs } from './serve-options';

const LOOPBACK = '127.0.0.1';

async function main(): Promise<void> {
  const options = parseServeArgs(process.argv.slice(2));
  const appRoot = resolve(__dirname, '..');
  if (options.restoreNewestBackup) {
    const saved = await restoreNewestBackup(options.dataDir, join(options.dataDir, DATABASE_FILE_NAME));
    console.log(`Restored ${saved.name}; the damaged database was kept beside it.`);
  }
  let core: CoreWorkerHost;
  try {
    // The core runs in its own thread: a big roster or a backup never holds this one, which answers every tab.
    const coreOptions = { dataDir: options.dataDir, runtime: 'browser' as const, version: packageJson.version, contentDir: resolve(appRoot, 'resources/content') };
    core = await CoreWorkerHost.start({ options: coreOptions, startBackupSchedule: true });
  } catch (error) {
    if (error instanceof AppError && error.code === 'DATABASE_TOO_NEW') {
      console.error(`The data in ${options.dataDir} was written by a newer version of SCORE Trainer Toolkit (schema ${String(error.details.found)}). Install the newer version to open it.`);
    } else if (error instanceof AppError && error.code === 'DATABASE_CORRUPT' && typeof error.details.newestBackup === 'string') {
      console.error(`The database in ${options.dataDir} is damaged. The newest backup is ${error.details.newestBackup}: start again with --restore-newest-backup to restore it (the damaged file is kept).`);
    } else if (error instanceof AppError && error.code === 'DATABASE_CORRUPT') {
      console.error(`The database in ${options.dataDir} failed its integrity check. Restore a backup (see README).`);
    } else {
      console.error(error);
    }
    process.exit(1);
  }
  const token = randomBytes(24).toString('base64url');
  const server = createHttpServer({ core, token, staticDir: resolve(appRoot, 'dist/renderer') });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${options.port} is already in use: choose another with --port N (0 picks a free one).` : error.message);
    void core.close().then(() => process.exit(1));
  });
  server.listen(options.port, LOOPBACK, () => {
    const { port } = server.address() as { port: number };
    console.log(`SCORE Trainer Toolkit is running at http://${LOOPBACK}:${port}/?token=${token}`);
  });
  const shutdown = () => {
    server.close();
    void core.close().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
