import type { IndicatorDefinition } from '../../../shared/content/follow-up-content';
import type { Language } from '../../../shared/domain/app';
import type { DateRange, LedgerFigures } from '../../../shared/domain/follow-up/figures';
import type { TeamBalance } from '../../../shared/domain/follow-up/improvement-team';
import type { ImprovementProject } from '../../../shared/domain/follow-up/improvement-projects';
import type { IndicatorValue } from '../../../shared/domain/follow-up/indicator-values';
import type { Suggestion } from '../../../shared/domain/follow-up/suggestions';
import { translate } from '../../../shared/i18n/translate';
import { drawDocumentHeader } from './document-header';
import type { FontFaces } from './font-faces';
import { formatDate, formatNumber, formatShortDate } from './format';
import { drawPageFooters } from './page-footer';
import { ACCENT, INK, LINE, MUTED, PRIMARY, SHADE } from './palette';
import { PdfCanvas } from './pdf-canvas';
import { drawTable, type TableLayout } from './table';

const MARGIN = 36;
const BAR_ROW = 46;

export interface IndicatorProgress {
  definition: IndicatorDefinition;
  baseline: IndicatorValue;
  /** The latest month with a value, or null when only the baseline is known. */
  latest: IndicatorValue | null;
}

export interface ProgressReportData {
  language: Language;
  enterpriseName: string;
  range: DateRange;
  figures: LedgerFigures;
  team: TeamBalance;
  indicators: IndicatorProgress[];
  suggestions: Suggestion[];
  projects: ImprovementProject[];
  generatedOn: string;
}

/**
 * An enterprise's progress for the period: the headline figures derived from the ledger, each indicator's baseline
 * against its latest month as a pair of bars (the change read by whether lower or higher is better), then the
 * suggestions and the improvement projects.
 */
export async function renderProgressReport(faces: FontFaces, data: ProgressReportData): Promise<Uint8Array> {
  const { language, figures } = data;
  const l = (key: string, values?: Record<string, string | number>) => translate(language, 'pdf', `progressReport.${key}`, values);
  const n = (value: number, digits = 0) => formatNumber(language, value, digits);
  const canvas = new PdfCanvas(faces, { title: `${l('title')} ${data.enterpriseName}`, fallbackScript: language === 'zh-CN' ? 'cjk' : 'latin', bufferPages: true });
  const width = canvas.pageWidth - 2 * MARGIN;
  const bottom = canvas.pageHeight - MARGIN - 10;
  const { byRole, bySex } = data.team;
  let y = drawDocumentHeader(canvas, MARGIN, l('title'), data.enterpriseName, [
    { label: l('period'), value: l('periodValue', { from: formatDate(language, data.range.from), to: formatDate(language, data.range.to) }) },
    { label: l('visits'), value: n(figures.visits) },
    { label: l('generated'), value: formatDate(language, data.generatedOn) },
  ]);
  // The team's balance is a sentence, too long for a header column.
  const balance = l('teamBalanceValue', {
    members: n(Object.values(bySex).reduce((a, b) => a + b, 0)),
    women: n(bySex.female),
    men: n(bySex.male),
    managers: n(byRole.manager + byRole.supervisor),
    workers: n(byRole.worker),
  });
  canvas.text(l('teamBalance'), MARGIN, y - 4, { size: 9, color: MUTED });
  y += canvas.paragraph(balance, MARGIN + 90, y - 4, width - 90, { size: 10, lineHeight: 1.3 }) + 8;
  const room = (height: number) => {
    if (y + height <= bottom) return;
    canvas.addPage();
    y = MARGIN;
  };
  const heading = (text: string, keep = 40) => {
    room(20 + keep);
    canvas.text(text, MARGIN, y, { size: 12, bold: true, color: PRIMARY });
    y += 20;
  };

  // Headline figures: four tiles to a row.
  heading(l('headline'), 100);
  const share = (value: number | null) => (value === null ? l('notApplicable') : `${n(value, 1)}%`);
  const tiles: Array<[string, string]> = [
    [l('figure.suggestions'), n(figures.suggestions.total)],
    [l('figure.frontline'), share(figures.suggestions.frontlinePercent)],
    [l('figure.women'), share(figures.suggestions.womenPercent)],
    [l('figure.projects'), n(figures.projects)],
    [l('figure.hazardsFound'), n(figures.hazardsFound)],
    [l('figure.hazardsFixed'), n(figures.hazardsFixed)],
    [l('figure.overdue'), n(figures.actions.overdue)],
    [l('figure.savings'), n(figures.savings)],
  ];
  const tileWidth = (width - 3 * 8) / 4;
  tiles.forEach(([label, value], i) => {
    const x = MARGIN + (i % 4) * (tileWidth + 8);
    const top = y + Math.floor(i / 4) * 52;
    canvas.doc.rect(x, top, tileWidth, 46).fill(SHADE);
    canvas.text(value, x + 8, top + 6, { size: 16, bold: true, color: i === 6 && figures.actions.overdue > 0 ? ACCENT : INK });
    canvas.text(canvas.type.truncate(label, tileWidth - 16, 8.5), x + 8, top + 29, { size: 8.5, color: MUTED });
  });
  y += 2 * 52 + 10;

  heading(l('indicators'), BAR_ROW);
  if (data.indicators.length === 0) y += canvas.paragraph(l('noIndicators'), MARGIN, y, width, { size: 9.5, color: MUTED }) + 8;
  for (const item of data.indicators) {
    room(BAR_ROW);
    drawIndicator(canvas, item, MARGIN, y, width, language, l);
    y += BAR_ROW;
  }
  y += 8;

  const layout = (columns: TableLayout['columns']): TableLayout => ({ x: MARGIN, columns, size: 9, minRowHeight: 20, bottom, startPage: () => MARGIN });
  const money = (value: number | null) => (value === null ? l('notApplicable') : n(value));
  heading(l('suggestions'));
  if (data.suggestions.length === 0) y += canvas.paragraph(l('noSuggestions'), MARGIN, y, width, { size: 9.5, color: MUTED }) + 8;
  else {
    const rows = data.suggestions.map((s) => ({
      cells: [
        formatShortDate(language, s.submittedOn),
        l(`categoryValue.${s.category}`),
        s.description,
        `${s.proposerName ?? ''}${s.proposerName ? '\n' : ''}${l(`roleValue.${s.proposerRole}`)} · ${l(`sexValue.${s.proposerSex}`)}`,
        l(`replyValue.${s.reply}`),
        money(s.actualSaving ?? s.estimatedSaving),
      ],
    }));
    y = drawTable(canvas, layout([
      { header: l('date'), width: 62 },
      { header: l('category'), width: 62 },
      { header: l('description'), width: width - 62 - 62 - 100 - 64 - 60 },
      { header: l('proposer'), width: 100 },
      { header: l('reply'), width: 64, align: 'center' },
      { header: l('saving'), width: 60, align: 'right' },
    ]), y, rows) + 14;
  }

  heading(l('projects'));
  if (data.projects.length === 0) canvas.paragraph(l('noProjects'), MARGIN, y, width, { size: 9.5, color: MUTED });
  else {
    const rows = data.projects.map((p) => ({
      cells: [
        p.title,
        `${formatShortDate(language, p.startedOn)} – ${p.endedOn ? formatShortDate(language, p.endedOn) : '…'}`,
        l(`projectStatus.${p.status}`),
        n(p.cost),
        n(p.saving),
      ],
    }));
    drawTable(canvas, layout([
      { header: l('project'), width: width - 130 - 64 - 70 - 70 },
      { header: l('dates'), width: 130, align: 'center' },
      { header: l('status'), width: 64, align: 'center' },
      { header: l('cost'), width: 70, align: 'right' },
      { header: l('saving'), width: 70, align: 'right' },
    ]), y, rows);
  }

  drawPageFooters(canvas, language, `${l('title')} · ${data.enterpriseName}`, MARGIN);
  return canvas.end();
}

/** One indicator: name and unit, baseline and latest as two bars on one scale, and the change read by its direction. */
function drawIndicator(
  canvas: PdfCanvas,
  item: IndicatorProgress,
  x: number,
  y: number,
  width: number,
  language: Language,
  l: (key: string, values?: Record<string, string | number>) => string,
): void {
  const { definition, baseline, latest } = item;
  const nameWidth = width * 0.34;
  const barsX = x + nameWidth + 8;
  const barsWidth = width * 0.4;
  const n = (value: number) => formatNumber(language, value, Number.isInteger(value) ? 0 : 1);
  canvas.text(canvas.type.truncate(definition.name[language], nameWidth, 9.5), x, y, { size: 9.5, bold: true, color: INK });
  canvas.text(canvas.type.truncate(definition.unit[language], nameWidth, 8), x, y + 14, { size: 8, color: MUTED });
  const scale = Math.max(Math.abs(baseline.value), Math.abs(latest?.value ?? 0), 1e-9);
  const bar = (value: number, top: number, colour: string, label: string) => {
    const length = Math.max(1, (Math.abs(value) / scale) * (barsWidth - 90));
    canvas.doc.rect(barsX + 56, top, length, 10).fill(colour);
    canvas.text(label, barsX, top, { size: 7.5, color: MUTED });
    canvas.text(n(value), barsX + 60 + length, top, { size: 8, color: INK });
  };
  bar(baseline.value, y + 2, LINE, l('baseline'));
  if (latest) bar(latest.value, y + 16, PRIMARY, `${l('latest')} ${latest.period}`);
  const splitNote = (value: IndicatorValue | null) => (value?.bySex ? l('womenMen', { women: n(value.bySex.female), men: n(value.bySex.male) }) : '');
  const changeX = barsX + barsWidth + 8;
  const changeWidth = x + width - changeX;
  if (latest) {
    const delta = latest.value - baseline.value;
    const improved = definition.better === 'lower' ? delta < 0 : delta > 0;
    const verdict = delta === 0 ? l('same') : improved ? l('better') : l('worse');
    const percent = baseline.value === 0 ? '' : ` (${delta > 0 ? '+' : ''}${formatNumber(language, (delta / Math.abs(baseline.value)) * 100, 0)}%)`;
    canvas.text(`${delta > 0 ? '+' : ''}${n(delta)}${percent}`, changeX, y, { size: 9.5, bold: true, color: delta === 0 ? MUTED : improved ? PRIMARY : ACCENT, align: 'right' }, changeWidth);
    canvas.text(verdict, changeX, y + 14, { size: 8, color: MUTED, align: 'right' }, changeWidth);
  }
  const split = [splitNote(baseline), splitNote(latest)].filter((s) => s !== '').join(' → ');
  if (split) canvas.text(canvas.type.truncate(split, nameWidth, 7.5), x, y + 26, { size: 7.5, color: MUTED });
  canvas.doc.moveTo(x, y + BAR_ROW - 6).lineTo(x + width, y + BAR_ROW - 6).lineWidth(0.4).strokeColor(LINE).stroke();
}
