import { useEffect, useState } from 'react';

export type Route = 'learn' | 'trainer' | 'settings' | 'verify';
const ROUTES: readonly Route[] = ['learn', 'trainer', 'settings', 'verify'];

function readParts(): string[] {
  return window.location.hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
}

function readRoute(): Route {
  const name = readParts()[0] as Route;
  return ROUTES.includes(name) ? name : 'learn';
}

function useHash<T>(read: () => T, same: (a: T, b: T) => boolean = Object.is): T {
  const [value, setValue] = useState(read);
  useEffect(() => {
    const update = () => setValue((previous) => {
      const next = read();
      return same(previous, next) ? previous : next;
    });
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, [read, same]);
  return value;
}

/** Hash routing: works the same under app:// in Electron and over HTTP in browser mode. */
export function useRoute(): Route {
  return useHash(readRoute);
}

const sameParts = (a: string[], b: string[]) => a.join('/') === b.join('/');
const readSubPath = () => readParts().slice(1);

/** The parts after the top-level route: `#/learn/osh/lesson-1` gives ['osh', 'lesson-1']. */
export function useSubPath(): string[] {
  return useHash(readSubPath, sameParts);
}

export function routeHref(...parts: string[]): string {
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

export function navigate(...parts: string[]): void {
  window.location.hash = routeHref(...parts);
}
