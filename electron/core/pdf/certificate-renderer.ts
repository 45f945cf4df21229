import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/api/result';
import type { CertificatePrint } from '../../../shared/domain/certificates';
import { subsetFacesForText } from './batch-fonts';
import { batchText, renderCombined, renderSeparate, type CertificateBatch } from './certificate-batch';
import { parseFaces, type FontFaces } from './font-faces';
import type { FromWorker, ToWorker } from './render-messages';
import { Typesetter } from './typesetter';

/** Certificates per task sent to a worker: small enough for smooth progress and quick cancelling. */
const CHUNK = 10;
/** Below this, starting workers costs more than it saves. */
const MIN_FOR_WORKERS = 12;

export interface RenderOptions {
  signal?: AbortSignal;
  onProgress?: (done: number) => void;
}

/**
 * Where the bundled worker belongs: beside the bundled core (dist-electron), outside the asar archive when
 * packaged, since a worker thread cannot start from inside it. Null when running from the sources.
 */
export function bundledWorkerFile(): string | null {
  if (typeof __dirname === 'undefined') return null;
  return join(__dirname, 'render-worker.cjs').replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
}

export function defaultWorkerFile(): string | null {
  const file = bundledWorkerFile();
  return file !== null && existsSync(file) ? file : null;
}

interface PoolWorker {
  worker: Worker;
  batchId: number;
  /** Settles when the thread has ended. */
  exited: Promise<void>;
}

/**
 * Renders batches of certificates. The fonts are parsed once per process; each batch gets its own font subset,
 * made once and shared by every certificate in it. With a bundled worker file, the work is spread over worker
 * threads (one per core); without one (unit tests on the sources) it runs here, yielding between documents.
 */
export class CertificateRenderer {
  private pool: PoolWorker[] = [];
  private nextBatchId = 1;
  private nextTaskId = 1;

  constructor(
    private readonly faces: FontFaces,
    private readonly workerFile: string | null = defaultWorkerFile(),
    private readonly workerCount = Math.max(1, Math.min(4, availableParallelism())),
  ) {}

  async renderSeparate(batch: CertificateBatch, options: RenderOptions = {}): Promise<Uint8Array[]> {
    const parallel = this.workerFile !== null && batch.prints.length >= MIN_FOR_WORKERS;
    // Workers boot while this thread subsets the fonts.
    const workers = parallel ? this.workers(Math.min(this.workerCount, Math.ceil(batch.prints.length / CHUNK))) : [];
    const fonts = await subsetFacesForText(this.faces.bytes, batchText(batch.prints));
    throwIfAborted(options.signal);
    if (!parallel) {
      const faces = parseFaces(fonts);
      const typesetter = new Typesetter(faces, 'cjk');
      return this.inProcess(faces, batch, options, (_faces, prints) => renderSeparate(faces, prints, batch.images, undefined, typesetter));
    }
    const chunks: CertificatePrint[][] = [];
    for (let i = 0; i < batch.prints.length; i += CHUNK) chunks.push(batch.prints.slice(i, i + CHUNK));
    const results: Uint8Array[][] = new Array<Uint8Array[]>(chunks.length);
    const batchId = this.nextBatchId++;
    let next = 0;
    let done = 0;
    await this.guard(options.signal, async () => {
      await Promise.all(
        workers.map(async (entry) => {
          this.send(entry, { type: 'batch', batchId, fonts, images: batch.images });
          entry.batchId = batchId;
          while (next < chunks.length) {
            throwIfAborted(options.signal);
            const index = next++;
            results[index] = await this.task(entry.worker, { type: 'separate', batchId, taskId: this.nextTaskId++, prints: chunks[index]! });
            done += chunks[index]!.length;
            options.onProgress?.(done);
          }
        }),
      );
    });
    return results.flat();
  }

  async renderCombined(batch: CertificateBatch, title: string, options: RenderOptions = {}): Promise<Uint8Array> {
    const parallel = this.workerFile !== null && batch.prints.length >= MIN_FOR_WORKERS;
    const [entry] = parallel ? this.workers(1) : [];
    const fonts = await subsetFacesForText(this.faces.bytes, batchText(batch.prints));
    throwIfAborted(options.signal);
    if (!parallel || !entry) {
      const [pdf] = await this.inProcess(parseFaces(fonts), batch, options, async (faces, prints, offset) => {
        // In process, the combined document is one long synchronous job; progress is counted page by page.
        const pdf = await renderCombined(faces, prints, batch.images, title, (i) => options.onProgress?.(offset + i + 1));
        return [pdf!];
      }, batch.prints.length);
      return pdf!;
    }
    const batchId = this.nextBatchId++;
    let pdf: Uint8Array | undefined;
    await this.guard(options.signal, async () => {
      this.send(entry, { type: 'batch', batchId, fonts, images: batch.images });
      entry.batchId = batchId;
      [pdf] = await this.task(entry.worker, { type: 'combined', batchId, taskId: this.nextTaskId++, prints: batch.prints, title }, options.onProgress);
    });
    options.onProgress?.(batch.prints.length);
    return pdf!;
  }

  /** How batches are rendered here, for the bench's report. */
  workerMode(): string {
    return this.workerFile ? `${this.workerCount} worker threads` : 'in process';
  }

  /** One promise per running worker thread, settling when it ends: a cancelled batch must not leave any working. */
  workerExits(): Promise<void>[] {
    return this.pool.map((entry) => entry.exited);
  }

  /** Stops the workers; the next batch starts fresh ones. */
  close(): void {
    for (const { worker } of this.pool) void worker.terminate();
    this.pool = [];
  }

  private async inProcess(
    faces: FontFaces,
    batch: CertificateBatch,
    options: RenderOptions,
    render: (faces: FontFaces, prints: CertificatePrint[], offset: number) => Promise<Uint8Array[]>,
    step = CHUNK,
  ): Promise<Uint8Array[]> {
    const out: Uint8Array[] = [];
    for (let i = 0; i < batch.prints.length; i += step) {
      throwIfAborted(options.signal);
      out.push(...(await render(faces, batch.prints.slice(i, i + step), i)));
      if (step !== batch.prints.length) options.onProgress?.(Math.min(batch.prints.length, i + step));
      await yieldToEventLoop();
    }
    return out;
  }

  private workers(count: number): PoolWorker[] {
    while (this.pool.length < count) {
      const worker = new Worker(this.workerFile!);
      worker.unref();
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      const entry: PoolWorker = { worker, batchId: 0, exited };
      void exited.then(() => (this.pool = this.pool.filter((e) => e !== entry)));
      this.pool.push(entry);
    }
    return this.pool.slice(0, count);
  }

  private send(entry: PoolWorker, message: ToWorker): void {
    entry.worker.postMessage(message);
  }

  private task(worker: Worker, message: Extract<ToWorker, { taskId: number }>, onProgress?: (done: number) => void): Promise<Uint8Array[]> {
    return new Promise((resolve, reject) => {
      const onMessage = (reply: FromWorker) => {
        if (reply.taskId !== message.taskId) return;
        if (reply.type === 'progress') return onProgress?.(reply.done);
        cleanup();
        if (reply.type === 'result') resolve(reply.pdfs);
        else reject(new Error(`render worker: ${reply.message}`));
      };
      const onExit = () => {
        cleanup();
        reject(new AppError('CANCELLED'));
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const cleanup = () => {
        // Idle workers must not keep the process alive; busy ones must.
        worker.unref();
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.once('exit', onExit);
      worker.once('error', onError);
      worker.ref();
      worker.postMessage(message);
    });
  }

  /** Runs the work; a cancel terminates the workers at once rather than waiting for their current task. */
  private async guard(signal: AbortSignal | undefined, work: () => Promise<void>): Promise<void> {
    const abort = () => this.close();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      await work();
    } catch (error) {
      if (signal?.aborted) throw new AppError('CANCELLED');
      this.close();
      throw error;
    } finally {
      signal?.removeEventListener('abort', abort);
    }
    throwIfAborted(signal);
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('CANCELLED');
}
