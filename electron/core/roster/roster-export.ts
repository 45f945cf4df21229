import { summarizeAttendance } from '../../../shared/domain/attendance-summary';
import type { Language } from '../../../shared/domain/app';
import { enterpriseLabel } from '../../../shared/domain/people';
import type { ExportedFile, ExportFormat } from '../../../shared/domain/roster';
import { ATTENDANCE_STATUSES, type AttendanceSheet, type Workshop } from '../../../shared/domain/workshops';
import { translate } from '../../../shared/i18n/translate';
import type { ParticipantFilter, ParticipantRepository } from '../participants/participant-repository';
import { toCsv, type CsvCell } from './csv-writer';
import { toXlsx, type SheetSpec } from './xlsx-writer';

/** Column headers are the same words the importer recognises, so an exported list can be imported elsewhere. */
export async function exportParticipants(participants: ParticipantRepository, filter: ParticipantFilter, format: ExportFormat, language: Language): Promise<ExportedFile> {
  const t = (key: string) => translate(language, 'trainer', key);
  const { total } = participants.list(filter, { offset: 0, limit: 1 });
  const { rows } = participants.list(filter, { offset: 0, limit: Math.max(total, 1) });
  const table: CsvCell[][] = [
    ['name', 'gender', 'enterprise', 'jobTitle', 'role', 'department', 'phone'].map((key) => t(`export.${key}`)),
    ...rows.map((p) => [p.name, t(`gender.${p.gender}`), enterpriseLabel(p.enterprise, language), p.jobTitle, t(`role.${p.role}`), p.department, p.phone]),
  ];
  const base = `${t('export.participantsFile')}-${today()}`;
  return write(format, base, [{ name: t('export.participantsSheet'), rows: table, widths: [16, 10, 28, 16, 18, 16, 16] }]);
}

export async function exportAttendance(workshop: Workshop, sheet: AttendanceSheet, format: ExportFormat, language: Language): Promise<ExportedFile> {
  const t = (key: string, values?: Record<string, string | number>) => translate(language, 'workshops', key, values);
  const tt = (key: string) => translate(language, 'trainer', key);
  const summary = summarizeAttendance(sheet);
  const sessionLabel = (session: { date: string; half: 'am' | 'pm' }) => `${session.date} ${t(`half.${session.half}`)}`;
  const grid: CsvCell[][] = [
    [tt('export.name'), tt('export.enterprise'), tt('export.gender'), tt('export.role'), ...sheet.sessions.map(sessionLabel), t('export.attended'), t('export.ratePercent')],
    ...sheet.participants.map((p) => {
      const own = summary.byParticipant[p.id]!;
      const marks = sheet.sessions.map((s) => {
        const status = sheet.marks[p.id]?.[s.id];
        return status ? t(`attendance.status.${status}`) : '';
      });
      return [p.name, enterpriseLabel(p.enterprise, language), tt(`gender.${p.gender}`), tt(`role.${p.role}`), ...marks, own.attended, Math.round(own.rate * 100)];
    }),
  ];
  const totals: CsvCell[][] = [
    [t('export.summaryItem'), t('export.summaryValue')],
    [t('export.workshop'), workshop.title],
    [t('export.dates'), `${workshop.startDate} – ${workshop.endDate}`],
    [t('export.sessions'), sheet.sessions.length],
    [t('export.participants'), sheet.participants.length],
    ...[...ATTENDANCE_STATUSES, 'unmarked' as const].map((state): CsvCell[] => [t(`attendance.status.${state}`), summary.byStatus[state]]),
    ...summary.byGender.map((g): CsvCell[] => [t('export.genderRate', { gender: tt(`gender.${g.gender}`) }), Math.round(g.rate * 100)]),
  ];
  const base = `${t('export.attendanceFile')}-${safeName(workshop.title)}-${workshop.startDate}`;
  return write(format, base, [
    { name: t('export.attendanceSheet'), rows: grid, widths: [14, 24, 8, 14, ...sheet.sessions.map(() => 14), 10, 10] },
    ...(format === 'xlsx' ? [{ name: t('export.summarySheet'), rows: totals, widths: [28, 40] }] : []),
  ]);
}

async function write(format: ExportFormat, base: string, sheets: SheetSpec[]): Promise<ExportedFile> {
  if (format === 'csv') return { fileName: `${base}.csv`, bytes: toCsv(sheets[0]!.rows) };
  return { fileName: `${base}.xlsx`, bytes: await toXlsx(sheets) };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A file name from a title: no path separators or characters Windows refuses. */
function safeName(title: string): string {
  const printable = [...title].filter((c) => c.charCodeAt(0) >= 0x20).join('');
  return printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 60) || 'workshop';
}
