import { summarizeAttendance } from '../../../shared/domain/attendance-summary';
import type { AttendanceReportData } from '../../../shared/domain/documents';
import { ATTENDANCE_STATUSES } from '../../../shared/domain/workshops';
import { translate } from '../../../shared/i18n/translate';
import { drawDocumentHeader } from './document-header';
import type { FontFaces } from './font-faces';
import { formatDate, formatDateRange, formatMonthDay, formatNumber, formatPercent } from './format';
import { drawPageFooters } from './page-footer';
import { MUTED, PRIMARY } from './palette';
import { PdfCanvas } from './pdf-canvas';
import { drawTable, type TableColumn, type TableLayout } from './table';

const MARGIN = 36;

/**
 * The attendance of a workshop: each participant's status in each half-day session with their rate, a row of
 * attended counts per session, then totals by status and by gender (shared/domain/attendance-summary.ts, the
 * same numbers the attendance grid and certificates use). Landscape when there are many sessions.
 */
export async function renderAttendanceReport(faces: FontFaces, data: AttendanceReportData): Promise<Uint8Array> {
  const { language } = data;
  const l = (key: string, values?: Record<string, string | number>) => translate(language, 'pdf', `attendance.${key}`, values);
  const n = (value: number) => formatNumber(language, value, 0);
  const summary = summarizeAttendance({
    sessions: data.sessions.map((s) => ({ ...s, marked: 0 })),
    participants: data.participants.map((p) => ({ ...p, role: 'worker' as const, department: '', enterprise: null })),
    marks: data.marks,
  });
  const canvas = new PdfCanvas(faces, {
    title: `${l('title')} ${data.workshopTitle}`,
    fallbackScript: language === 'zh-CN' ? 'cjk' : 'latin',
    bufferPages: true,
    landscape: data.sessions.length > 6,
  });
  const width = canvas.pageWidth - 2 * MARGIN;
  const startPage = () =>
    drawDocumentHeader(canvas, MARGIN, l('title'), data.workshopTitle, [
      { label: translate(language, 'pdf', 'signIn.programme'), value: translate(language, 'pdf', 'signIn.programmeValue', { module: data.moduleTitle[language] }) },
      { label: l('dates'), value: formatDateRange(language, data.startDate, data.endDate) },
      { label: translate(language, 'pdf', 'signIn.venue'), value: data.venue },
      { label: translate(language, 'pdf', 'signIn.trainer'), value: data.trainers.join(language === 'zh-CN' ? '、' : ', ') },
      { label: l('generated'), value: formatDate(language, data.generatedOn) },
    ]);

  // Fixed columns take what they need; the sessions share the rest, and the name columns give way to them.
  const sessionWidth = Math.max(18, Math.min(40, (width - 330) / Math.max(1, data.sessions.length)));
  const flexible = width - 26 - 46 - 52 - 44 - sessionWidth * data.sessions.length;
  const columns: TableColumn[] = [
    { header: l('number'), width: 26, align: 'center' },
    { header: l('name'), width: flexible * 0.45 },
    { header: l('enterprise'), width: flexible * 0.55, names: true },
    { header: l('gender'), width: 46, align: 'center' },
    // Read as a date (12月2日 上午), not a bare day number; a narrow column shrinks the header rather than wrap it.
    ...data.sessions.map((s) => ({ header: `${formatMonthDay(language, s.date)}\n${l(`halfShort.${s.half}`)}`, width: sessionWidth, align: 'center' as const })),
    { header: l('attended'), width: 52, align: 'center' },
    { header: l('rate'), width: 44, align: 'right' },
  ];
  const size = data.sessions.length > 12 ? 7.5 : 9;
  const rows = data.participants.map((p, i) => {
    const stats = summary.byParticipant[p.id] ?? { attended: 0, rate: 0 };
    return {
      cells: [
        String(i + 1),
        p.name,
        p.enterprise,
        translate(language, 'trainer', `gender.${p.gender}`),
        ...data.sessions.map((s) => l(`short.${data.marks[p.id]?.[s.id] ?? 'unmarked'}`)),
        l('sessionsAttended', { attended: n(stats.attended), sessions: n(data.sessions.length) }),
        formatPercent(language, stats.rate),
      ],
    };
  });
  const attendedTotal = data.participants.reduce((sum, p) => sum + (summary.byParticipant[p.id]?.attended ?? 0), 0);
  const possible = data.participants.length * data.sessions.length;
  rows.push({
    cells: [
      '',
      l('presentRow'),
      '',
      '',
      ...data.sessions.map((s) => n((summary.bySession[s.id]?.present ?? 0) + (summary.bySession[s.id]?.late ?? 0))),
      l('sessionsAttended', { attended: n(attendedTotal), sessions: n(possible) }),
      formatPercent(language, possible > 0 ? attendedTotal / possible : 0),
    ],
    bold: true,
    shade: true,
  } as (typeof rows)[number]);

  const bottom = canvas.pageHeight - MARGIN - 10;
  const layout: TableLayout = { x: MARGIN, columns, size, minRowHeight: size * 2.2, bottom, startPage, padding: sessionWidth < 30 ? 2 : 4 };
  let y = drawTable(canvas, layout, startPage(), rows);
  y += 6;
  canvas.paragraph(l('legend'), MARGIN, y, width, { size: 8, color: MUTED });
  y += canvas.paragraphHeight(l('legend'), width, { size: 8 }) + 14;

  // The two summaries side by side; on a fresh page when they would not fit under the table.
  const statusRows = [...ATTENDANCE_STATUSES, 'unmarked' as const].map((status) => ({
    cells: [translate(language, 'workshops', `attendance.status.${status}`), n(summary.byStatus[status]), formatPercent(language, possible > 0 ? summary.byStatus[status] / possible : 0)],
  }));
  const genderRows = summary.byGender.map((g) => ({
    cells: [translate(language, 'trainer', `gender.${g.gender}`), n(g.participants), n(g.attended), n(g.possible), formatPercent(language, g.rate)],
  }));
  const summaryHeight = 22 + (Math.max(statusRows.length, genderRows.length) + 1) * 22 + 20;
  if (y + summaryHeight > bottom) {
    canvas.addPage();
    y = startPage();
  }
  const half = (width - 24) / 2;
  canvas.text(l('byStatus'), MARGIN, y, { size: 11, bold: true, color: PRIMARY });
  canvas.text(l('byGender'), MARGIN + half + 24, y, { size: 11, bold: true, color: PRIMARY });
  y += 18;
  const summaryLayout = (x: number, widths: number[], headers: string[]): TableLayout => ({
    x,
    columns: widths.map((w, i) => ({ header: headers[i]!, width: w * half, align: i === 0 ? 'left' : 'right' })),
    size: 9,
    minRowHeight: 20,
    bottom,
    startPage,
  });
  drawTable(canvas, summaryLayout(MARGIN, [0.46, 0.27, 0.27], [l('status'), l('marks'), l('share')]), y, statusRows);
  drawTable(
    canvas,
    summaryLayout(MARGIN + half + 24, [0.24, 0.19, 0.21, 0.18, 0.18], [l('gender'), l('participants'), l('attendedSessions'), l('possible'), l('rate')]),
    y,
    genderRows,
  );
  drawPageFooters(canvas, language, data.workshopTitle, MARGIN);
  return canvas.end();
}
