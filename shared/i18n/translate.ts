import i18next from 'i18next';
import type { Language } from '../domain/app';
import { NAMESPACES, resources, type Namespace } from './resources';

/**
 * The core's own i18next instance (menus, dialogs, PDFs, exports), beside the renderer's: the same library,
 * resources and rules, so plurals and interpolation work alike on screen and on paper. With the resources
 * given up front, init completes synchronously.
 */
const core = i18next.createInstance();
void core.init({
  resources,
  initAsync: false,
  lng: 'en',
  fallbackLng: false,
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The text for a dotted key in one language; `count` among the values picks the plural form. */
export function translate(language: Language, namespace: Namespace, key: string, values: Record<string, string | number> = {}): string {
  return core.getFixedT(language, namespace)(key, values);
}
