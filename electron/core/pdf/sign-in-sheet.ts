import type { SignInSheetData } from '../../../shared/domain/documents';
import { translate } from '../../../shared/i18n/translate';
import { drawDocumentHeader } from './document-header';
import type { FontFaces } from './font-faces';
import { formatDate } from './format';
import { drawPageFooters } from './page-footer';
import { PdfCanvas } from './pdf-canvas';
import { drawTable, type TableColumn } from './table';

const MARGIN = 40;

/**
 * A blank sign-in sheet for one half-day session, A4 portrait: the session's facts on every page, one row per
 * enrolled participant (pre-filled) plus numbered empty rows for walk-ins, and a wide signature column. Column
 * headers are in both languages, since participants fill it in; the rest is in the chosen language.
 */
export async function renderSignInSheet(faces: FontFaces, data: SignInSheetData): Promise<Uint8Array> {
  const { language } = data;
  const l = (key: string, values?: Record<string, string | number>) => translate(language, 'pdf', `signIn.${key}`, values);
  const both = (key: string) => `${translate('zh-CN', 'pdf', `signIn.${key}`)}\n${translate('en', 'pdf', `signIn.${key}`)}`;
  const otherLanguage = language === 'zh-CN' ? 'en' : 'zh-CN';
  const sessionLabel = l('sessionValue', { date: formatDate(language, data.session.date), half: translate(language, 'workshops', `half.${data.session.half}`) });
  const canvas = new PdfCanvas(faces, { title: `${l('title')} ${data.workshopTitle} ${sessionLabel}`, fallbackScript: language === 'zh-CN' ? 'cjk' : 'latin', bufferPages: true });

  const startPage = () =>
    drawDocumentHeader(canvas, MARGIN, l('title'), translate(otherLanguage, 'pdf', 'signIn.title'), [
      { label: l('programme'), value: l('programmeValue', { module: data.moduleTitle[language] }) },
      { label: l('session'), value: sessionLabel },
      { label: l('workshop'), value: data.workshopTitle },
      { label: l('venue'), value: data.venue },
      { label: l('trainer'), value: data.trainers.join(language === 'zh-CN' ? '、' : ', ') },
    ]);

  const columns: TableColumn[] = [
    { header: both('number'), width: 30, align: 'center' },
    { header: both('name'), width: 92 },
    { header: both('enterprise'), width: 108, names: true },
    { header: both('position'), width: 70, names: true },
    { header: both('gender'), width: 42, align: 'center' },
    { header: both('phone'), width: 78 },
    { header: both('signature'), width: 95 },
  ];
  const rows = data.participants.map((p, i) => ({
    cells: [String(i + 1), p.name, p.enterprise, p.position, translate(language, 'trainer', `gender.${p.gender}`), p.phone, ''],
  }));
  for (let i = 0; i < data.blankRows; i++) rows.push({ cells: [String(data.participants.length + i + 1), '', '', '', '', '', ''] });

  const top = startPage();
  drawTable(canvas, { x: MARGIN, columns, size: 9, minRowHeight: 26, bottom: canvas.pageHeight - MARGIN - 10, startPage }, top, rows);
  drawPageFooters(canvas, language, `${data.workshopTitle} · ${sessionLabel}`, MARGIN);
  return canvas.end();
}
