import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fromWireJson, toWireJson } from '../../shared/api/wire';
import type { ApiResult } from '../../shared/api/result';
import { CoreWorkerHost } from '../../electron/core/endpoint/core-worker-host';
import { CLIENT_HEADER, createHttpServer, TOKEN_HEADER } from '../../electron/server/http-server';
import { longRoster } from '../../tests/fixtures/hostile-files';
import { summarize } from './stats';

const TOKEN = 'bench-token';
const CERTIFICATES = 500;

/** One API call over loopback, as a browser tab makes it; answers the value or throws the error code. */
function call<T>(port: number, client: string, name: string, input: unknown): Promise<T> {
  const body = Buffer.from(toWireJson(input));
  return new Promise((resolvePromise, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: `/api/${name}`, method: 'POST', headers: { [TOKEN_HEADER]: TOKEN, [CLIENT_HEADER]: client, 'content-type': 'application/json', 'content-length': body.length } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const result = fromWireJson(Buffer.concat(chunks).toString('utf8'), (base64) => new Uint8Array(Buffer.from(base64, 'base64'))) as ApiResult<T>;
          if (result.ok) resolvePromise(result.value);
          else reject(new Error(`${name}: ${result.error.code}`));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Asks getAppState from another tab, one call after another, until `work` settles; answers the work's time and every latency. */
async function whileRunning(port: number, work: () => Promise<unknown>): Promise<{ workMs: number; latencies: number[] }> {
  const latencies: number[] = [];
  let finished = false;
  const prober = (async () => {
    while (!finished) {
      const start = performance.now();
      await call(port, 'bench-trainee', 'getAppState', {});
      latencies.push(performance.now() - start);
    }
  })();
  const start = performance.now();
  try {
    await work();
    return { workMs: performance.now() - start, latencies };
  } finally {
    finished = true;
    await prober;
  }
}

function describe(label: string, { workMs, latencies }: { workMs: number; latencies: number[] }): string {
  return `${label}: ${(workMs / 1000).toFixed(2)} s; meanwhile getAppState from another tab: ${summarize(latencies)}, slowest ${Math.max(...latencies).toFixed(1)} ms (goal ≤ 50 ms)`;
}

/**
 * Browser mode as it runs (the core in its worker thread, the HTTP server on this one): how long another tab's
 * getAppState takes while a 5,000-row workbook is imported, and while 500 certificates render.
 */
export async function benchResponsiveness(dataDir: string): Promise<string[]> {
  const core = await CoreWorkerHost.start({ options: { dataDir, runtime: 'browser', version: 'bench', contentDir: resolve(__dirname, '../resources/content') }, startBackupSchedule: false });
  const server = createHttpServer({ core, token: TOKEN, staticDir: dataDir });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const trainer = <T>(name: string, input: unknown) => call<T>(port, 'bench-trainer', name, input);
  try {
    await trainer('createTrainerPin', { pin: '2468' });
    const lines: string[] = [];
    const roster = await longRoster(5_000);
    lines.push(describe('import a 5,000-row XLSX roster', await whileRunning(port, () => trainer('importRoster', { bytes: roster, options: { fileName: 'roster.xlsx' } }))));

    const ids: string[] = [];
    for (let i = 0; i < CERTIFICATES; i++) {
      ids.push((await trainer<{ id: string }>('createParticipant', { participant: { name: `证书学员${i}`, gender: 'female', enterpriseId: null, role: 'worker', department: '', phone: '' } })).id);
    }
    const workshop = await trainer<{ id: string; sessions: Array<{ id: string }> }>('createWorkshop', {
      workshop: { moduleId: 'osh', title: 'Bench', startDate: '2025-03-04', endDate: '2025-03-04', location: '', siteEnterpriseId: null, hoursPerSession: 3.5, trainerNames: ['陈珺'], sessions: [{ date: '2025-03-04', half: 'am' }] },
    });
    await trainer('enrollParticipants', { workshopId: workshop.id, participantIds: ids });
    for (const session of workshop.sessions) await trainer('markAllPresent', { sessionId: session.id });
    await trainer('setWorkshopStatus', { id: workshop.id, status: 'done' });
    await trainer('setCertificateRules', { workshopId: workshop.id, rules: { minAttendancePercent: 80, requirePostTestPassed: false } });
    await trainer('issueCertificates', { workshopId: workshop.id });
    const render = async () => {
      const ended = new Promise<string>((done) => {
        const unsubscribe = core.subscribe(({ event }) => {
          if (event.type === 'jobProgress' && event.progress.state !== 'running') {
            unsubscribe();
            done(event.progress.state);
          }
        });
      });
      await trainer('startCertificateExport', { workshopIds: [workshop.id], layout: 'one-per-person' });
      const state = await ended;
      if (state !== 'done') throw new Error(`certificate job ${state}`);
    };
    lines.push(describe(`render ${CERTIFICATES} certificates (one PDF each)`, await whileRunning(port, render)));
    return lines;
  } finally {
    server.closeAllConnections();
    server.close();
    await core.close();
  }
}
