/**
 * Worker thread entry (bundled to dist-electron/core-worker.cjs): the whole core runs here, in the desktop app and
 * in browser mode alike, so SQLite, roster parsing, zips, scrypt and backups never hold the window's main process
 * or the HTTP server's thread. The transports forward calls through core-worker-host.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/api/result';
import { LocalCoreEndpoint } from './local-endpoint';
import type { CoreWorkerData, FromCoreWorker, ToCoreWorker } from './worker-messages';

const post = (message: FromCoreWorker) => parentPort!.postMessage(message);
const data = workerData as CoreWorkerData;

let endpoint: LocalCoreEndpoint;
try {
  endpoint = LocalCoreEndpoint.open(data.options);
  if (data.startBackupSchedule) endpoint.core.backups.startSchedule();
  endpoint.subscribe((event) => post({ kind: 'event', event }));
  parentPort!.on('message', (message: ToCoreWorker) => void handle(message));
  post({ kind: 'ready' });
} catch (error) {
  post({ kind: 'failed', error: error instanceof AppError ? error.toApiError() : { code: 'INTERNAL', message: String(error) } });
}

async function handle(message: ToCoreWorker): Promise<void> {
  switch (message.kind) {
    case 'call':
      post({ kind: 'result', id: message.id, result: await endpoint.call(message.client, message.name, message.input) });
      return;
    case 'log':
      post({ kind: 'logged', id: message.id, reference: endpoint.core.log.internal(message.where, Object.assign(new Error(message.error.message), { stack: message.error.stack })) });
      return;
    case 'close':
      endpoint.close();
      post({ kind: 'closed' });
      // Ends this thread only; the render workers and backup timer were stopped by close().
      process.exit(0);
  }
}
