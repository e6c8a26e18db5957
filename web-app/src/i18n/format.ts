import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and times in the tenant's time zone (from its settings, else the browser's) and the person's language. */
export const TimeZoneContext = createContext<string>(browserTimeZone());

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function validTimeZone(zone: string | null | undefined): string | null {
  if (!zone) return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

export interface Formatters {
  timeZone: string;
  locale: string;
  time: (iso: string) => string;
  dateTime: (iso: string) => string;
  day: (iso: string) => string;
  /** Today: the time; this week: the weekday; older: the date. */
  short: (iso: string, now?: number) => string;
}

export function formatters(locale: string, timeZone: string): Formatters {
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
  const dateTime = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const weekday = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short' });
  const date = new Intl.DateTimeFormat(locale, { timeZone, day: '2-digit', month: '2-digit', year: '2-digit' });
  const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return {
    timeZone,
    locale,
    time: (iso) => time.format(new Date(iso)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    day: (iso) => day.format(new Date(iso)),
    short: (iso, now = Date.now()) => {
      const at = new Date(iso);
      if (dayOf.format(at) === dayOf.format(new Date(now))) return time.format(at);
      if (now - at.getTime() < 6 * 86_400_000) return weekday.format(at);
      return date.format(at);
    },
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const timeZone = useContext(TimeZoneContext);
  return useMemo(() => formatters(i18n.language, timeZone), [i18n.language, timeZone]);
}
