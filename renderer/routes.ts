import { useEffect, useState } from 'react';

export type Route = 'learn' | 'trainer' | 'settings';
const ROUTES: readonly Route[] = ['learn', 'trainer', 'settings'];

function readRoute(): Route {
  const name = window.location.hash.replace(/^#\/?/, '').split('/')[0] as Route;
  return ROUTES.includes(name) ? name : 'learn';
}

/** Hash routing: works the same under app:// in Electron and over HTTP in browser mode. */
export function useRoute(): Route {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const update = () => setRoute(readRoute());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
