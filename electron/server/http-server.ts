import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fromWireJson, toWireJson } from '../../shared/api/wire';
import type { ApiError } from '../../shared/api/result';
import { MAX_ROSTER_FILE_BYTES } from '../../shared/domain/roster';
import type { CoreEndpoint } from '../core/endpoint/core-endpoint';
import { CONTENT_SECURITY_POLICY } from '../security';
import { EVENTS_PATH } from '../../shared/api/events';
import { streamEvents } from './event-stream';
import { nestingWithin } from './json-depth';
import { serveStatic } from './static-files';

export const TOKEN_HEADER = 'x-score-token';
export const CLIENT_HEADER = 'x-score-client';
/** Large enough for a backup or a roster workbook sent as bytes, small enough to refuse abuse. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
/**
 * Calls whose body is a roster file are held to that file's cap (plus base64's third and the options), checked
 * from Content-Length before a byte is read: decoding tens of megabytes of JSON would hold the thread for everyone.
 */
const ROSTER_UPLOADS = new Set(['previewRoster', 'importRoster']);
const MAX_ROSTER_BODY_BYTES = Math.ceil((MAX_ROSTER_FILE_BYTES * 4) / 3) + 64 * 1024;

export interface HttpServerOptions {
  core: CoreEndpoint;
  token: string;
  staticDir: string;
  maxBodyBytes?: number;
}

/**
 * Browser mode: the API contract over HTTP on loopback. Every API call carries the per-launch token; the
 * Host header must name loopback and our own port, which defeats DNS rebinding. No CORS headers are sent,
 * so other sites' pages cannot read the answers.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  const server = createServer((request, response) => {
    handle(request, response).catch(async (error: unknown) => {
      const reference = await options.core.logInternal('http', error);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'INTERNAL', reference } });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const port = (server.address() as { port: number } | null)?.port;
    if (!isLoopbackHost(request.headers.host, port)) {
      return sendJson(response, 403, failure({ code: 'FORBIDDEN_ORIGIN', reason: 'host' }));
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (!url.pathname.startsWith('/api/')) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, failure({ code: 'UNKNOWN_OPERATION' }));
      return serveStatic(options.staticDir, url.pathname, response, CONTENT_SECURITY_POLICY);
    }
    const events = request.method === 'GET' && url.pathname === EVENTS_PATH;
    if (request.method !== 'POST' && !events) return sendJson(response, 405, failure({ code: 'UNKNOWN_OPERATION' }));
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${request.headers.host}`) {
      return sendJson(response, 403, failure({ code: 'FORBIDDEN_ORIGIN', reason: 'origin' }));
    }
    if (!tokenMatches(request.headers[TOKEN_HEADER], options.token)) {
      return sendJson(response, 401, failure({ code: 'FORBIDDEN_ORIGIN', reason: 'token' }));
    }
    const clientId = String(request.headers[CLIENT_HEADER] ?? '').slice(0, 64) || 'default';
    if (events) return streamEvents(request, response, options.core, clientId);
    const name = url.pathname.slice('/api/'.length);
    const rosterUpload = ROSTER_UPLOADS.has(name);
    const body = await readBody(request, rosterUpload ? Math.min(maxBody, MAX_ROSTER_BODY_BYTES) : maxBody);
    if (body === 'too-large') {
      const refusal: ApiError = rosterUpload ? { code: 'ROSTER_FILE_TOO_LARGE', megabytes: MAX_ROSTER_FILE_BYTES / (1024 * 1024) } : { code: 'INVALID_INPUT', reason: 'too-large' };
      return sendJson(response, 413, failure(refusal));
    }
    const text = body.toString('utf8');
    if (!nestingWithin(text)) return sendJson(response, 400, failure({ code: 'INVALID_INPUT', reason: 'too-deep' }));
    let input: unknown;
    try {
      input = text.length === 0 ? {} : fromWireJson(text, (base64) => new Uint8Array(Buffer.from(base64, 'base64')));
    } catch {
      return sendJson(response, 400, failure({ code: 'INVALID_INPUT', reason: 'json' }));
    }
    const result = await options.core.call(clientId, name, input);
    const status = !result.ok && result.error.code === 'UNKNOWN_OPERATION' ? 404 : 200;
    sendJson(response, status, result);
  }

  return server;
}

function failure(error: ApiError) {
  return { ok: false, error };
}

export function isLoopbackHost(host: string | undefined, port: number | undefined): boolean {
  if (!host || port === undefined) return false;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function tokenMatches(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    request.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = toWireJson(value);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}
