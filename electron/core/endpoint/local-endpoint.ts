import type { ApiResult } from '../../../shared/api/result';
import { dispatch } from '../api';
import { ClientSession } from '../auth/trainer-session';
import { Core, type CoreOptions } from '../core';
import type { AddressedEvent, CoreEndpoint } from './core-endpoint';

/** Enough for every window and tab one trainer opens; the oldest session goes first beyond it. */
const MAX_CLIENTS = 64;

interface Client {
  session: ClientSession;
  /** Fires when the unlock runs out by itself, so the screen locks at once rather than on its next call. */
  expiry?: NodeJS.Timeout;
}

/**
 * The core held in this thread: the one place calls are dispatched, each client's trainer session kept, and the
 * lock and job events raised. The worker thread (core-worker.ts) serves through one of these.
 */
export class LocalCoreEndpoint implements CoreEndpoint {
  private readonly clients = new Map<string, Client>();
  private readonly listeners = new Set<(event: AddressedEvent) => void>();

  constructor(readonly core: Core) {}

  /** Opens the core with its job progress pushed to every client (shared/api/events.ts). */
  static open(options: CoreOptions): LocalCoreEndpoint {
    // The core is opened before the endpoint exists; its job progress waits for the endpoint through this slot.
    const slot: { endpoint?: LocalCoreEndpoint } = {};
    const core = Core.open({ ...options, onJobProgress: (progress) => slot.endpoint?.emit({ client: null, event: { type: 'jobProgress', progress } }) });
    slot.endpoint = new LocalCoreEndpoint(core);
    return slot.endpoint;
  }

  async call(clientId: string, name: string, input: unknown): Promise<ApiResult<unknown>> {
    const client = this.clientFor(clientId);
    const wasUnlocked = client.session.trainerUnlocked;
    const result = await dispatch(name, input, { core: this.core, session: client.session });
    this.followLock(clientId, client, wasUnlocked);
    return result;
  }

  subscribe(listener: (event: AddressedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  logInternal(where: string, error: unknown): Promise<string> {
    return Promise.resolve(this.core.log.internal(where, error));
  }

  close(): void {
    for (const client of this.clients.values()) clearTimeout(client.expiry);
    this.clients.clear();
    this.listeners.clear();
    this.core.close();
  }

  private clientFor(clientId: string): Client {
    let client = this.clients.get(clientId);
    if (!client) {
      if (this.clients.size >= MAX_CLIENTS) {
        const [oldestId, oldest] = this.clients.entries().next().value!;
        clearTimeout(oldest.expiry);
        this.clients.delete(oldestId);
      }
      client = { session: new ClientSession() };
      this.clients.set(clientId, client);
    }
    return client;
  }

  /** Says so when a call locked or unlocked the trainer, and arms the idle lock for the new deadline. */
  private followLock(clientId: string, client: Client, wasUnlocked: boolean): void {
    const unlocked = client.session.trainerUnlocked;
    if (unlocked !== wasUnlocked) this.emit({ client: clientId, event: { type: 'trainerLock', unlocked } });
    clearTimeout(client.expiry);
    client.expiry = undefined;
    if (!unlocked) return;
    client.expiry = setTimeout(() => this.followLock(clientId, client, true), Math.max(0, client.session.unlockedUntil - Date.now()) + 1);
    client.expiry.unref();
  }

  private emit(event: AddressedEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
