import type { Db } from './open-database';

interface Slot {
  current: Db;
}

const slots = new WeakMap<object, Slot>();

/**
 * The Core hands one `Db` to every repository. A restore must replace the database file, which means closing the
 * connection and opening a new one; this handle lets that happen without rebuilding every repository: each
 * property read goes to the connection that is open now. Repositories therefore prepare statements when they
 * run (better-sqlite3 statements belong to one connection) rather than caching them across calls.
 */
export function swappable(initial: Db): Db {
  const slot: Slot = { current: initial };
  const handle = new Proxy(initial, {
    get(_target, property) {
      const value: unknown = Reflect.get(slot.current, property, slot.current);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(slot.current) : value;
    },
    set(_target, property, value) {
      return Reflect.set(slot.current, property, value, slot.current);
    },
  });
  slots.set(handle, slot);
  return handle;
}

/** Points a handle made by `swappable` at another open connection and returns the one it replaced. */
export function swapConnection(handle: Db, next: Db): Db {
  const slot = slots.get(handle);
  if (!slot) throw new Error('not a swappable database handle');
  const previous = slot.current;
  slot.current = next;
  return previous;
}

/** The connection a handle points at now (the real object, for native APIs that check identity). */
export function currentConnection(handle: Db): Db {
  return slots.get(handle)?.current ?? handle;
}
