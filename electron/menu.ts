import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../shared/domain/app';
import { translate } from '../shared/i18n/translate';

/** The application menu in the user's language; rebuilt when the language changes. */
export function setApplicationMenu(language: Language): void {
  const t = (key: string) => translate(language, 'menu', key);
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ label: app.name, submenu: [{ role: 'about' as const, label: t('about') }, { role: 'quit' as const, label: t('quit') }] }] : []),
    { label: t('file'), submenu: [{ role: process.platform === 'darwin' ? 'close' : 'quit', label: t('quit') }] },
    {
      label: t('edit'),
      submenu: [
        { role: 'undo', label: t('undo') },
        { role: 'redo', label: t('redo') },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { role: 'resetZoom', label: t('resetZoom') },
        { role: 'zoomIn', label: t('zoomIn') },
        { role: 'zoomOut', label: t('zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('fullScreen') },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
