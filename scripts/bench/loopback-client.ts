import { request } from 'node:http';
import { CLIENT_HEADER, TOKEN_HEADER } from '../../electron/server/http-server';

export const BENCH_TOKEN = 'bench-token';
const CLIENT = 'bench-trainer';

export interface Answer {
  status: number;
  body: string;
}

/** One call to browser mode's HTTP API, as the renderer's client makes it. */
export function post(port: number, name: string, body: string | Buffer): Promise<Answer> {
  return new Promise((resolvePromise, reject) => {
    const call = request(
      { host: '127.0.0.1', port, path: `/api/${name}`, method: 'POST', headers: { [TOKEN_HEADER]: BENCH_TOKEN, [CLIENT_HEADER]: CLIENT, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolvePromise({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}
