import type { TFunction } from 'i18next';
import { enterpriseLabel } from '../../../../shared/domain/people';
import type { WorkshopSummary } from '../../../../shared/domain/workshops';
import { formatDate } from '../components/format';

/**
 * "Mar 10 – 11, 2026" through Intl's range formatting; in Chinese, whose ICU range pattern falls back to
 * "2026/3/10 – 2026/3/11", two long dates joined as the locale file says ("2026年3月10日至3月11日").
 */
export function workshopDates(workshop: Pick<WorkshopSummary, 'startDate' | 'endDate'>, language: string, t: TFunction<'workshops'>): string {
  const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
  if (language.startsWith('zh')) {
    const full = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    if (workshop.startDate === workshop.endDate) return full.format(toDate(workshop.startDate));
    const sameYear = workshop.startDate.slice(0, 4) === workshop.endDate.slice(0, 4);
    const end = sameYear ? new Intl.DateTimeFormat(language, { month: 'long', day: 'numeric', timeZone: 'UTC' }) : full;
    return t('dateRange', { start: full.format(toDate(workshop.startDate)), end: end.format(toDate(workshop.endDate)) });
  }
  if (workshop.startDate === workshop.endDate) return formatDate(workshop.startDate, language);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(toDate(workshop.startDate), toDate(workshop.endDate));
}

/** Where the workshop is held: the host enterprise, the venue, or both. */
export function workshopPlace(workshop: Pick<WorkshopSummary, 'siteEnterprise' | 'location'>, language: string): string {
  return [enterpriseLabel(workshop.siteEnterprise, language), workshop.location].filter(Boolean).join(' · ');
}

/** "Tue 10 Mar, morning" for a session column. */
export function sessionLabel(t: TFunction<'workshops'>, session: { date: string; half: 'am' | 'pm' }, language: string): string {
  return t('session.label', { date: formatDate(session.date, language, { weekday: 'short', month: 'short', day: 'numeric' }), half: t(`half.${session.half}`) });
}
