import type { Language } from '../../../shared/domain/app';
import { riskBand, type HazardCategory } from '../../../shared/domain/follow-up/action-ledger';
import type { ActionWithState } from '../../../shared/domain/follow-up/figures';
import type { Visit } from '../../../shared/domain/follow-up/visits';
import { translate } from '../../../shared/i18n/translate';
import { drawDocumentHeader } from './document-header';
import type { FontFaces } from './font-faces';
import { formatDate, formatNumber } from './format';
import { drawPageFooters } from './page-footer';
import { INK, LINE, MUTED, PRIMARY } from './palette';
import { PdfCanvas } from './pdf-canvas';
import type { PreparedImage } from './prepared-image';
import { drawTable, type TableColumn, type TableLayout, type TableRow } from './table';

const MARGIN = 36;
const PHOTOS_PER_ROW = 3;
const PHOTO_HEIGHT = 118;

export interface VisitReportData {
  language: Language;
  enterpriseName: string;
  moduleTitle: string;
  visit: Visit;
  participantNames: string[];
  findings: Array<{ description: string; hazardCategory: HazardCategory; photos: PreparedImage[] }>;
  /** Actions on this visit's findings. */
  actions: ActionWithState[];
  /** Unfinished actions of earlier visits (or of none), still open when this visit took place. */
  carriedOver: ActionWithState[];
  generatedOn: string;
}

/**
 * The report a trainer leaves with the enterprise after a visit: the facts of the visit, each finding with its
 * photos, the actions agreed, the items still open from earlier visits (overdue ones marked), the notes, and a
 * signature line for every visitor and for the enterprise.
 */
export async function renderVisitReport(faces: FontFaces, data: VisitReportData): Promise<Uint8Array> {
  const { language, visit } = data;
  const l = (key: string, values?: Record<string, string | number>) => translate(language, 'pdf', `visitReport.${key}`, values);
  const list = (items: string[]) => items.join(language === 'zh-CN' ? '、' : ', ');
  const canvas = new PdfCanvas(faces, { title: `${l('title')} ${data.enterpriseName}`, fallbackScript: language === 'zh-CN' ? 'cjk' : 'latin', bufferPages: true });
  const width = canvas.pageWidth - 2 * MARGIN;
  const bottom = canvas.pageHeight - MARGIN - 10;
  const visitors = visit.visitors.map((v) => (language === 'zh-CN' ? `${v.name}（${l(`visitorRole.${v.role}`)}）` : `${v.name} (${l(`visitorRole.${v.role}`)})`));
  const header = () =>
    drawDocumentHeader(canvas, MARGIN, l('title'), data.enterpriseName, [
      { label: l('date'), value: formatDate(language, visit.visitedOn) },
      { label: l('purpose'), value: l(`purposeValue.${visit.purpose}`) },
      { label: l('duration'), value: l('durationValue', { hours: formatNumber(language, visit.durationMinutes / 60, 1) }) },
      { label: l('module'), value: data.moduleTitle },
      { label: l('visitors'), value: list(visitors) },
      { label: l('participants'), value: list(data.participantNames) },
    ]);
  let y = header();
  const room = (height: number) => {
    if (y + height <= bottom) return;
    canvas.addPage();
    y = MARGIN;
  };
  const heading = (text: string) => {
    room(40);
    canvas.text(text, MARGIN, y, { size: 12, bold: true, color: PRIMARY });
    y += 20;
  };
  const note = (text: string) => {
    y += canvas.paragraph(text, MARGIN, y, width, { size: 9.5, color: MUTED }) + 8;
  };

  heading(l('findings'));
  if (data.findings.length === 0) note(l('noFindings'));
  data.findings.forEach((finding, i) => {
    const label = `${i + 1}. ${l(`hazard.${finding.hazardCategory}`)}`;
    room(16 + canvas.paragraphHeight(finding.description, width - 12, { size: 10 }) + (finding.photos.length > 0 ? PHOTO_HEIGHT : 0));
    canvas.text(label, MARGIN, y, { size: 10, bold: true, color: INK });
    y += 15;
    y += canvas.paragraph(finding.description, MARGIN + 12, y, width - 12, { size: 10 }) + 4;
    const photoWidth = (width - 12 - (PHOTOS_PER_ROW - 1) * 8) / PHOTOS_PER_ROW;
    for (let start = 0; start < finding.photos.length; start += PHOTOS_PER_ROW) {
      room(PHOTO_HEIGHT + 6);
      finding.photos.slice(start, start + PHOTOS_PER_ROW).forEach((photo, column) => {
        canvas.image(photo, MARGIN + 12 + column * (photoWidth + 8), y, { width: photoWidth, height: PHOTO_HEIGHT });
      });
      y += PHOTO_HEIGHT + 6;
    }
    y += 6;
  });

  const columns: TableColumn[] = [
    { header: l('number'), width: 28, align: 'center' },
    { header: l('action'), width: width - 28 - 84 - 62 - 78 - 70 },
    { header: l('owner'), width: 84 },
    { header: l('risk'), width: 62, align: 'center' },
    { header: l('due'), width: 78, align: 'center' },
    { header: l('status'), width: 70, align: 'center' },
  ];
  const actionRows = (actions: ActionWithState[]): TableRow[] =>
    actions.map((action, i) => ({
      cells: [
        String(i + 1),
        action.title,
        action.ownerName,
        l('riskValue', { band: l(`band.${riskBand(action.likelihood, action.severity)}`), score: action.likelihood * action.severity }),
        formatDate(language, action.dueOn),
        action.overdue ? `${l(`actionStatus.${action.status}`)}\n${l('overdue')}` : l(`actionStatus.${action.status}`),
      ],
      bold: action.overdue,
    }));
  const layout: TableLayout = { x: MARGIN, columns, size: 9, minRowHeight: 20, bottom, startPage: () => MARGIN };
  const table = (title: string, empty: string, actions: ActionWithState[]) => {
    heading(title);
    if (actions.length === 0) return note(empty);
    room(44);
    y = drawTable(canvas, layout, y, actionRows(actions)) + 14;
  };
  table(l('actions'), l('noActions'), data.actions);
  table(l('carriedOver'), l('noCarriedOver'), data.carriedOver);

  if (visit.notes.trim() !== '') {
    heading(l('notes'));
    room(canvas.paragraphHeight(visit.notes, width, { size: 10 }));
    y += canvas.paragraph(visit.notes, MARGIN, y, width, { size: 10 }) + 10;
  }

  // One line per visitor and one for the enterprise, two to a row, kept on one page with their heading.
  const signers = [...visitors, l('forEnterprise')];
  const rows = Math.ceil(signers.length / 2);
  room(20 + rows * 58);
  heading(l('signatures'));
  const half = (width - 30) / 2;
  signers.forEach((signer, i) => {
    const x = MARGIN + (i % 2) * (half + 30);
    const lineY = y + Math.floor(i / 2) * 58 + 30;
    canvas.doc.moveTo(x, lineY).lineTo(x + half * 0.62, lineY).lineWidth(0.7).strokeColor(LINE).stroke();
    canvas.doc.moveTo(x + half * 0.68, lineY).lineTo(x + half, lineY).stroke();
    canvas.text(signer, x, lineY + 4, { size: 9, color: INK });
    canvas.text(l('signatureDate'), x + half * 0.68, lineY + 4, { size: 9, color: MUTED });
  });

  drawPageFooters(canvas, language, `${l('title')} · ${data.enterpriseName} · ${formatDate(language, visit.visitedOn)}`, MARGIN);
  return canvas.end();
}
