import { formatTestPercent } from '../../../shared/domain/test-score';
import type { TranscriptData } from '../../../shared/domain/documents';
import { translate } from '../../../shared/i18n/translate';
import { drawDocumentHeader } from './document-header';
import type { FontFaces } from './font-faces';
import { formatDate, formatDateRange, formatNumber, formatPercent } from './format';
import { drawPageFooters } from './page-footer';
import { MUTED, PRIMARY } from './palette';
import { PdfCanvas } from './pdf-canvas';
import { drawTable } from './table';

const MARGIN = 40;

/** One participant's record: the modules studied (lessons, time, test scores) and the workshops attended. */
export async function renderTranscript(faces: FontFaces, data: TranscriptData): Promise<Uint8Array> {
  const { language } = data;
  const l = (key: string, values?: Record<string, string | number>) => translate(language, 'pdf', `transcript.${key}`, values);
  const canvas = new PdfCanvas(faces, { title: `${l('title')} ${data.participant.name}`, fallbackScript: language === 'zh-CN' ? 'cjk' : 'latin', bufferPages: true });
  const width = canvas.pageWidth - 2 * MARGIN;
  const bottom = canvas.pageHeight - MARGIN - 10;
  const startPage = () =>
    drawDocumentHeader(canvas, MARGIN, l('title'), translate(language === 'zh-CN' ? 'en' : 'zh-CN', 'pdf', 'transcript.title'), [
      { label: l('name'), value: data.participant.name },
      { label: l('enterprise'), value: data.participant.enterprise },
      { label: l('position'), value: data.participant.position },
      { label: l('generated'), value: formatDate(language, data.generatedOn) },
    ]);
  const score = (percent: number | null, passed?: boolean) => {
    if (percent === null) return l('notTaken');
    const value = formatTestPercent(percent, language);
    return passed === undefined ? value : l(passed ? 'passed' : 'notPassed', { score: value });
  };
  const duration = (minutes: number) =>
    minutes >= 60 ? l('hours', { hours: formatNumber(language, minutes / 60, 1) }) : l('minutes', { minutes: formatNumber(language, minutes, 0) });

  let y = startPage();
  const section = (title: string) => {
    if (y + 60 > bottom) {
      canvas.addPage();
      y = startPage();
    }
    canvas.text(title, MARGIN, y, { size: 12, bold: true, color: PRIMARY });
    y += 20;
  };

  section(l('modules'));
  if (data.modules.length === 0) {
    canvas.text(l('none'), MARGIN, y, { size: 10, color: MUTED });
    y += 24;
  } else {
    y = drawTable(
      canvas,
      {
        x: MARGIN,
        columns: [
          { header: l('module'), width: width - 330 },
          { header: l('lessons'), width: 70, align: 'center' },
          { header: l('time'), width: 70, align: 'right' },
          { header: l('preTest'), width: 80, align: 'right' },
          { header: l('postTest'), width: 110, align: 'right' },
        ],
        size: 9,
        minRowHeight: 22,
        bottom,
        startPage,
      },
      y,
      data.modules.map((m) => ({
        cells: [
          m.title[language],
          l('lessonsValue', { done: formatNumber(language, m.lessonsDone, 0), total: formatNumber(language, m.lessonsTotal, 0) }),
          duration(m.minutes),
          score(m.preTest),
          score(m.postTest, m.postTest === null ? undefined : m.postTestPassed),
        ],
      })),
    );
    y += 18;
  }

  section(l('workshops'));
  if (data.workshops.length === 0) {
    canvas.text(l('none'), MARGIN, y, { size: 10, color: MUTED });
  } else {
    drawTable(
      canvas,
      {
        x: MARGIN,
        columns: [
          { header: l('workshop'), width: width - 340 },
          { header: l('dates'), width: 110 },
          { header: l('attendance'), width: 100, align: 'center' },
          { header: l('certificate'), width: 130 },
        ],
        size: 9,
        minRowHeight: 22,
        bottom,
        startPage,
      },
      y,
      data.workshops.map((w) => ({
        cells: [
          `${w.title}\n${w.moduleTitle[language]}`,
          formatDateRange(language, w.startDate, w.endDate),
          l('attendanceValue', {
            attended: formatNumber(language, w.attended, 0),
            sessions: formatNumber(language, w.sessions, 0),
            rate: formatPercent(language, w.sessions > 0 ? w.attended / w.sessions : 0),
          }),
          w.certificateNumber ?? '–',
        ],
      })),
    );
  }
  drawPageFooters(canvas, language, `${l('title')} · ${data.participant.name}`, MARGIN);
  return canvas.end();
}
