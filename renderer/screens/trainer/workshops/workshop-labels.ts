import type { TFunction } from 'i18next';
import { enterpriseLabel } from '../../../../shared/domain/people';
import type { WorkshopSummary } from '../../../../shared/domain/workshops';
import { formatDate } from '../components/format';

/** "10–11 Mar 2026" in the UI language, through Intl's range formatting. */
export function workshopDates(workshop: Pick<WorkshopSummary, 'startDate' | 'endDate'>, language: string): string {
  if (workshop.startDate === workshop.endDate) return formatDate(workshop.startDate, language, { dateStyle: language.startsWith('zh') ? 'long' : 'medium' });
  const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const format = new Intl.DateTimeFormat(language, { dateStyle: language.startsWith('zh') ? 'long' : 'medium', timeZone: 'UTC' });
  return format.formatRange(toDate(workshop.startDate), toDate(workshop.endDate));
}

/** Where the workshop is held: the host enterprise, the venue, or both. */
export function workshopPlace(workshop: Pick<WorkshopSummary, 'siteEnterprise' | 'location'>, language: string): string {
  return [enterpriseLabel(workshop.siteEnterprise, language), workshop.location].filter(Boolean).join(' · ');
}

/** "Tue 10 Mar, morning" for a session column. */
export function sessionLabel(t: TFunction<'workshops'>, session: { date: string; half: 'am' | 'pm' }, language: string): string {
  return t('session.label', { date: formatDate(session.date, language, { weekday: 'short', month: 'short', day: 'numeric' }), half: t(`half.${session.half}`) });
}
