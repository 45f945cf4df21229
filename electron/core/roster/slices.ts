import { setImmediate as nextTurn } from 'node:timers/promises';

const SLICE_BYTES = 16 * 1024;

/**
 * A buffer as 16 KB views, one per turn of the event loop. Handed to a stream all at once, the pieces would be
 * consumed in one go of promise callbacks, holding the thread; waiting a turn between them lets other requests in.
 */
export async function* slices(bytes: Buffer): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
    yield bytes.subarray(at, at + SLICE_BYTES);
    await nextTurn();
  }
}
