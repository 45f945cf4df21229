/**
 * The one place the locale files are gathered: the renderer, the Electron menu and the PDFs all read these.
 * en and zh-CN must hold the same keys and interpolation variables (a unit test enforces it).
 */
import enCommon from '../../resources/locales/en/common.json';
import enMenu from '../../resources/locales/en/menu.json';
import zhCommon from '../../resources/locales/zh-CN/common.json';
import zhMenu from '../../resources/locales/zh-CN/menu.json';

export const resources = {
  en: { common: enCommon, menu: enMenu },
  'zh-CN': { common: zhCommon, menu: zhMenu },
};

export type Namespace = keyof (typeof resources)['en'];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
