import type { Language } from '../../../shared/domain/app';

const parse = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
/** ICU puts thin and narrow no-break spaces around range dashes; the Chinese face has neither. */
const plainSpaces = (text: string) => text.replace(/[\u2009\u202f]/g, ' ');

// Building an Intl formatter costs far more than using one, and a batch formats the same way hundreds of times.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

const dateFormat = (language: Language, style: 'long' | 'short') =>
  cached(`date-${language}-${style}`, () => new Intl.DateTimeFormat(language === 'zh-CN' ? 'zh-CN' : 'en-GB', { dateStyle: style, timeZone: 'UTC' }));

/** 2025年3月4日 / 4 March 2025. Dates are calendar dates, so they are formatted in UTC and never shift. */
export function formatDate(language: Language, isoDate: string): string {
  return plainSpaces(dateFormat(language, 'long').format(parse(isoDate)));
}

const ranges = new Map<string, string>();

/** 2025年3月4日至5日 / 4–5 March 2025. ICU's Chinese ranges read "2025/3/4 – 2025/3/5", so Chinese is built here. */
export function formatDateRange(language: Language, start: string, end: string): string {
  // A batch prints the same range on every certificate.
  const key = `${language}|${start}|${end}`;
  let text = ranges.get(key);
  if (text === undefined) {
    if (ranges.size > 1000) ranges.clear();
    text = buildDateRange(language, start, end);
    ranges.set(key, text);
  }
  return text;
}

function buildDateRange(language: Language, start: string, end: string): string {
  if (start.slice(0, 10) === end.slice(0, 10)) return formatDate(language, start);
  const [a, b] = [parse(start), parse(end)];
  if (language === 'zh-CN') {
    const tail =
      a.getUTCFullYear() !== b.getUTCFullYear()
        ? formatDate(language, end)
        : a.getUTCMonth() !== b.getUTCMonth()
          ? `${b.getUTCMonth() + 1}月${b.getUTCDate()}日`
          : `${b.getUTCDate()}日`;
    return `${formatDate(language, start)}至${tail}`;
  }
  return plainSpaces(dateFormat(language, 'long').formatRange(a, b));
}

/** 3月4日 / 4 Mar: a session's day in a column header, where the year is printed above the table. */
export function formatMonthDay(language: Language, isoDate: string): string {
  const format = cached<Intl.DateTimeFormat>(`month-day-${language}`, () =>
    language === 'zh-CN' ? new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', timeZone: 'UTC' }) : new Intl.DateTimeFormat('en-GB', { month: 'short', day: 'numeric', timeZone: 'UTC' }),
  );
  return plainSpaces(format.format(parse(isoDate)));
}

/** 2025/3/4 / 04/03/2025: for table cells. */
export function formatShortDate(language: Language, isoDate: string): string {
  return plainSpaces(dateFormat(language, 'short').format(parse(isoDate)));
}

export function formatNumber(language: Language, value: number, fractionDigits = 1): string {
  return cached(`number-${language}-${fractionDigits}`, () => new Intl.NumberFormat(language, { maximumFractionDigits: fractionDigits })).format(value).replace(/[\u2009\u202f]/g, ' ');
}

export function formatPercent(language: Language, ratio: number): string {
  return cached(`percent-${language}`, () => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 })).format(ratio);
}
