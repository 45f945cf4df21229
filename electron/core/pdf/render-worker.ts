/**
 * Worker thread entry (bundled to dist-electron/render-worker.cjs): renders certificates so that a batch uses
 * every core and the main thread stays free to answer the screen's progress polls.
 */
import { parentPort } from 'node:worker_threads';
import { renderCombined, renderSeparate } from './certificate-batch';
import { parseFaces, type FontFaces } from './font-faces';
import type { PreparedImage } from './prepared-image';
import type { FromWorker, ToWorker } from './render-messages';
import { Typesetter } from './typesetter';

let current: { batchId: number; faces: FontFaces; images: Record<string, PreparedImage>; typesetter: Typesetter } | undefined;

const post = (message: FromWorker, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

parentPort!.on('message', (message: ToWorker) => {
  void handle(message);
});

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'batch') {
    const faces = parseFaces(message.fonts);
    current = { batchId: message.batchId, faces, images: message.images, typesetter: new Typesetter(faces, 'cjk') };
    return;
  }
  try {
    if (!current || current.batchId !== message.batchId) throw new Error('render task for a batch this worker has not received');
    const pdfs =
      message.type === 'separate'
        ? await renderSeparate(current.faces, message.prints, current.images, undefined, current.typesetter)
        : [(await renderCombined(current.faces, message.prints, current.images, message.title, (i) => {
            if ((i + 1) % 10 === 0) post({ type: 'progress', taskId: message.taskId, done: i + 1 });
          }))!];
    post({ type: 'result', taskId: message.taskId, pdfs }, pdfs.map((pdf) => pdf.buffer as ArrayBuffer));
  } catch (error) {
    post({ type: 'error', taskId: message.taskId, message: error instanceof Error ? error.message : String(error) });
  }
}
