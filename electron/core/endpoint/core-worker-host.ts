import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type ApiResult } from '../../../shared/api/result';
import type { AddressedEvent, CoreEndpoint } from './core-endpoint';
import type { CoreWorkerData, FromCoreWorker, ToCoreWorker } from './worker-messages';

/** Beside the bundled main process or server (dist-electron), outside the asar archive when packaged. */
export function bundledCoreWorkerFile(): string {
  return join(__dirname, 'core-worker.cjs').replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
}

const UNPACKED = `${sep}app.asar.unpacked${sep}`;

/**
 * A packaged worker lives in app.asar.unpacked, beyond the reach of the archive's node_modules (better-sqlite3,
 * subset-font) by Node's usual lookup; a short bootstrap adds that folder to the search paths first.
 */
function startWorker(workerFile: string, workerData: CoreWorkerData): Worker {
  if (!workerFile.includes(UNPACKED)) return new Worker(workerFile, { workerData });
  const archiveModules = join(workerFile.slice(0, workerFile.indexOf(UNPACKED)), 'app.asar', 'node_modules');
  // NODE_PATH is read once, by _initPaths; this thread has its own copy of process.env.
  const bootstrap = `process.env.NODE_PATH = ${JSON.stringify(archiveModules)};\nrequire('node:module')._initPaths();\nrequire(${JSON.stringify(workerFile)});`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * The transports' side of the core worker: every call becomes a message and its answer a settled promise, so the
 * thread that serves the window or the HTTP requests only forwards. If the worker dies, pending and later calls
 * answer INTERNAL rather than hanging.
 */
export class CoreWorkerHost implements CoreEndpoint {
  private nextId = 1;
  private readonly pending = new Map<number, (answer: ApiResult<unknown> | string) => void>();
  private readonly listeners = new Set<(event: AddressedEvent) => void>();
  private ended = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: FromCoreWorker) => this.receive(message));
    worker.on('exit', () => this.end());
    worker.on('error', () => this.end());
  }

  /** Starts the worker and waits until the core is open; a core that cannot open rejects with its AppError. */
  static start(data: CoreWorkerData, workerFile = bundledCoreWorkerFile()): Promise<CoreWorkerHost> {
    if (!existsSync(workerFile)) return Promise.reject(new Error(`core worker missing: ${workerFile}`));
    const worker = startWorker(workerFile, data);
    return new Promise((resolve, reject) => {
      const first = (message: FromCoreWorker) => {
        if (message.kind === 'ready') resolve(new CoreWorkerHost(worker));
        else if (message.kind === 'failed') {
          const { code, ...details } = message.error;
          void worker.terminate();
          reject(new AppError(code, details));
        }
      };
      worker.once('message', first);
      worker.once('error', reject);
    });
  }

  call(client: string, name: string, input: unknown): Promise<ApiResult<unknown>> {
    return this.send<ApiResult<unknown>>((id) => ({ kind: 'call', id, client, name, input }), { ok: false, error: { code: 'INTERNAL' } });
  }

  subscribe(listener: (event: AddressedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  logInternal(where: string, error: unknown): Promise<string> {
    const described = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
    return this.send<string>((id) => ({ kind: 'log', id, where, error: described }), '');
  }

  /** Closes the core (its database, backups and render workers) and ends the thread. */
  async close(): Promise<void> {
    if (this.ended) return;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage({ kind: 'close' } satisfies ToCoreWorker);
    await exited;
  }

  private send<T extends ApiResult<unknown> | string>(message: (id: number) => ToCoreWorker, whenEnded: T): Promise<T> {
    if (this.ended) return Promise.resolve(whenEnded);
    const id = this.nextId++;
    return new Promise<T>((resolve) => {
      this.pending.set(id, (answer) => resolve((answer ?? whenEnded) as T));
      this.worker.postMessage(message(id));
    });
  }

  private receive(message: FromCoreWorker): void {
    if (message.kind === 'result' || message.kind === 'logged') {
      const settle = this.pending.get(message.id);
      this.pending.delete(message.id);
      settle?.(message.kind === 'result' ? message.result : message.reference);
    } else if (message.kind === 'event') {
      for (const listener of this.listeners) listener(message.event);
    }
  }

  private end(): void {
    this.ended = true;
    for (const settle of this.pending.values()) settle(undefined as never);
    this.pending.clear();
  }
}
