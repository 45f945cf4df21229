import { EVENTS_PATH, type AppEvent } from '../../shared/api/events';
import { chooseTransport } from '../../shared/api/transport-choice';
import { browserSessionHeaders } from './browser-session';

type Listener = (event: AppEvent) => void;
/** Told when the stream is back after a drop: events may have been missed, so state worth having is asked for again. */
type Resync = () => void;

/** After a dropped stream (the server restarting, the laptop waking), the next attempt waits this long. */
const RECONNECT_MS = 2_000;

const listeners = new Set<Listener>();
const resyncs = new Set<Resync>();
let ready: Promise<void> | undefined;

/**
 * The core's events for this window or tab, over whichever transport serves it: the preload's IPC bridge, or one
 * shared Server-Sent Events stream in browser mode. Returns the unsubscribe function.
 */
export function subscribeToEvents(listener: Listener, resync?: Resync): () => void {
  listeners.add(listener);
  if (resync) resyncs.add(resync);
  void eventsReady();
  return () => {
    listeners.delete(listener);
    if (resync) resyncs.delete(resync);
  };
}

/**
 * Settles once the core is sending this page its events: a job started after it cannot finish unseen.
 * Starts the channel on first use.
 */
export function eventsReady(): Promise<void> {
  ready ??= open();
  return ready;
}

const deliver = (event: AppEvent) => {
  for (const listener of listeners) listener(event);
};

function open(): Promise<void> {
  switch (chooseTransport(window.location.protocol, window.scoreApi !== undefined)) {
    case 'ipc':
      window.scoreEvents?.subscribe(deliver);
      return Promise.resolve();
    case 'bridge-missing':
      return Promise.resolve();
    case 'http':
      return new Promise((resolve) => {
        let first = true;
        void readStream(() => {
          if (first) resolve();
          else for (const resync of resyncs) resync();
          first = false;
        });
      });
  }
}

/** Reads the stream until it ends, then opens it again; `subscribed` runs once the server has registered this tab. */
async function readStream(subscribed: () => void): Promise<void> {
  try {
    const response = await fetch(EVENTS_PATH, { headers: browserSessionHeaders(), cache: 'no-store' });
    if (!response.ok || !response.body) throw new Error(`events ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += value;
      const blocks = buffered.split('\n\n');
      buffered = blocks.pop()!;
      for (const block of blocks) {
        if (block.startsWith(': subscribed')) subscribed();
        else if (block.startsWith('data: ')) deliver(JSON.parse(block.slice('data: '.length)) as AppEvent);
      }
    }
  } catch {
    // Opened again below; calls made meanwhile still answer, and `subscribed` lets the screens resync.
  }
  window.setTimeout(() => void readStream(subscribed), RECONNECT_MS);
}
