import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { toWireJson } from '../../shared/api/wire';
import { CoreWorkerHost } from '../../electron/core/endpoint/core-worker-host';
import { CLIENT_HEADER, createHttpServer, TOKEN_HEADER } from '../../electron/server/http-server';
import { inflatingBackup, longRoster, manySheetRowsBomb, nestedJson, sharedStringsBomb, unterminatedQuoteCsv } from '../../tests/fixtures/hostile-files';

const TOKEN = 'bench-token';
const CLIENT = 'bench-trainer';
const MB = 1024 * 1024;

interface Answer {
  status: number;
  body: string;
}

function post(port: number, name: string, body: string | Buffer): Promise<Answer> {
  return new Promise((resolvePromise, reject) => {
    const call = request(
      { host: '127.0.0.1', port, path: `/api/${name}`, method: 'POST', headers: { [TOKEN_HEADER]: TOKEN, [CLIENT_HEADER]: CLIENT, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
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

/**
 * Sends one hostile request and, while it is being handled, asks getAppState over and over on the same server.
 * Reports the time until the refusal arrives, the peak growth of the process's resident memory over the level
 * before sending, and the slowest getAppState answer.
 */
async function measure(port: number, name: string, body: Buffer): Promise<{ ms: number; growthMb: number; stateMs: number; answer: string }> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  let slowest = 0;
  let finished = false;
  const prober = (async () => {
    while (!finished) {
      const start = performance.now();
      await post(port, 'getAppState', '{}');
      slowest = Math.max(slowest, performance.now() - start);
    }
  })();
  const start = performance.now();
  const answer = await post(port, name, body);
  const ms = performance.now() - start;
  finished = true;
  await prober;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const parsed = JSON.parse(answer.body) as { ok: boolean; error?: { code: string } };
  return { ms, growthMb: (peak - base) / MB, stateMs: slowest, answer: parsed.ok ? 'ACCEPTED' : parsed.error!.code };
}

const roster = (bytes: Uint8Array, fileName: string) => toWireJson({ bytes, options: { fileName } });

/**
 * The worst files the tests generate, sent to browser mode over loopback as an attacker on the PC would send them.
 * Targets: refused in ≤ 2 s, ≤ 200 MB growth, getAppState ≤ 100 ms meanwhile.
 */
export async function benchHostileInputs(dataDir: string): Promise<string[]> {
  const core = await CoreWorkerHost.start({ options: { dataDir, runtime: 'browser', version: 'bench', contentDir: resolve(__dirname, '../resources/content') }, startBackupSchedule: false });
  const server = createHttpServer({ core, token: TOKEN, staticDir: dataDir });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  try {
    await post(port, 'createTrainerPin', toWireJson({ pin: '2468' }));
    const cases: Array<[string, string, () => Promise<string>]> = [
      ['XLSX, 5,000,000 shared strings', 'previewRoster', async () => roster(await sharedStringsBomb(), 'strings.xlsx')],
      ['XLSX, 4 sheets x 1,048,576 rows', 'previewRoster', async () => roster(await manySheetRowsBomb(), 'sheets.xlsx')],
      ['XLSX, 1,048,576 real rows', 'previewRoster', async () => roster(await longRoster(1_048_576), 'rows.xlsx')],
      ['XLSX, 50,000 real rows (under the caps)', 'previewRoster', async () => roster(await longRoster(50_000), 'rows.xlsx')],
      ['CSV, 30 MB with an unterminated quote', 'previewRoster', () => Promise.resolve(roster(unterminatedQuoteCsv(30), 'quote.csv'))],
      ['JSON body, 10 MB of nested arrays', 'setLanguage', () => Promise.resolve(nestedJson(5 * MB))],
      ['backup zip whose score.sqlite inflates to 1 GB', 'restoreBackup', async () => toWireJson({ bytes: await inflatingBackup(1024) })],
      ['backup zip inflating to 1 GB, manifest claiming 8 KB', 'restoreBackup', async () => toWireJson({ bytes: await inflatingBackup(1024, 8192) })],
    ];
    const lines: string[] = [];
    for (const [label, operation, makeBody] of cases) {
      // Encoded before the clock starts: the client shares this process, and its own work must not count as the server's.
      const body = Buffer.from(await makeBody());
      const { ms, growthMb, stateMs, answer } = await measure(port, operation, body);
      lines.push(`${label} (${(body.length / MB).toFixed(1)} MB request): ${answer} in ${ms.toFixed(0)} ms, peak growth ${growthMb.toFixed(0)} MB, slowest concurrent getAppState ${stateMs.toFixed(1)} ms`);
    }
    return lines;
  } finally {
    server.close();
    await core.close();
  }
}
