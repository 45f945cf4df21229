import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CoreEndpoint } from '../core/endpoint/core-endpoint';

/** Proxies drop a silent connection; a comment line now and then keeps it open and costs nothing. */
const KEEP_ALIVE_MS = 25_000;

/**
 * Browser mode's event channel: Server-Sent Events for one client (one tab), carrying the events addressed to it
 * and those for everyone. The caller has checked the token, Host and Origin as for any API call.
 */
export function streamEvents(request: IncomingMessage, response: ServerResponse, core: CoreEndpoint, clientId: string): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  // The first line tells the page it is subscribed, so nothing pushed from here on is missed.
  response.write(': subscribed\n\n');
  const unsubscribe = core.subscribe(({ client, event }) => {
    if (client === null || client === clientId) response.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  keepAlive.unref();
  request.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}
