/**
 * The one place the locale files are gathered: the renderer, the Electron menu and the PDFs all read these.
 * en and zh-CN must hold the same keys and interpolation variables (a unit test enforces it).
 */
import enCertificates from '../../resources/locales/en/certificates.json';
import enBackup from '../../resources/locales/en/backup.json';
import enCommon from '../../resources/locales/en/common.json';
import enDesktop from '../../resources/locales/en/desktop.json';
import enGuide from '../../resources/locales/en/guide.json';
import enLearn from '../../resources/locales/en/learn.json';
import enMenu from '../../resources/locales/en/menu.json';
import enPdf from '../../resources/locales/en/pdf.json';
import enPrintouts from '../../resources/locales/en/printouts.json';
import enResults from '../../resources/locales/en/results.json';
import enRoster from '../../resources/locales/en/roster.json';
import enTrainer from '../../resources/locales/en/trainer.json';
import enWorkshops from '../../resources/locales/en/workshops.json';
import zhCertificates from '../../resources/locales/zh-CN/certificates.json';
import zhBackup from '../../resources/locales/zh-CN/backup.json';
import zhCommon from '../../resources/locales/zh-CN/common.json';
import zhDesktop from '../../resources/locales/zh-CN/desktop.json';
import zhGuide from '../../resources/locales/zh-CN/guide.json';
import zhLearn from '../../resources/locales/zh-CN/learn.json';
import zhMenu from '../../resources/locales/zh-CN/menu.json';
import zhPdf from '../../resources/locales/zh-CN/pdf.json';
import zhPrintouts from '../../resources/locales/zh-CN/printouts.json';
import zhResults from '../../resources/locales/zh-CN/results.json';
import zhRoster from '../../resources/locales/zh-CN/roster.json';
import zhTrainer from '../../resources/locales/zh-CN/trainer.json';
import zhWorkshops from '../../resources/locales/zh-CN/workshops.json';

export const resources = {
  en: { backup: enBackup, certificates: enCertificates, common: enCommon, desktop: enDesktop, guide: enGuide, learn: enLearn, menu: enMenu, pdf: enPdf, printouts: enPrintouts, results: enResults, roster: enRoster, trainer: enTrainer, workshops: enWorkshops },
  'zh-CN': { backup: zhBackup, certificates: zhCertificates, common: zhCommon, desktop: zhDesktop, guide: zhGuide, learn: zhLearn, menu: zhMenu, pdf: zhPdf, printouts: zhPrintouts, results: zhResults, roster: zhRoster, trainer: zhTrainer, workshops: zhWorkshops },
};

export type Namespace = keyof (typeof resources)['en'];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
