import { useCallback, useMemo } from 'react';
import { setOrDelete, useAddressParams } from '../../app/useAddressParams';
import { validDay } from '../audit/period';

/** The report's period (the company's days, both included) and number, as the address keeps them. */
export interface ReportFilters {
  from: string;
  to: string;
  number: string | null;
}

const PERIOD_DAYS = 30;

/** Today in the zone (YYYY-MM-DD). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The day `count` days before `day`. */
export function daysBefore(day: string, count: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date - count)).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included (at most a year and a day). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && days.length < 367; day = daysBefore(day, -1)) days.push(day);
  return days;
}

/** ?from=&to=&number= — the last 30 days of the company by default; a change replaces the address. */
export function useReportFilters(timeZone: string) {
  const [params, change] = useAddressParams();
  const filters = useMemo<ReportFilters>(() => {
    const to = validDay(params.get('to')) ?? todayIn(timeZone);
    const from = validDay(params.get('from')) ?? daysBefore(to, PERIOD_DAYS - 1);
    const number = params.get('number');
    return { from, to, number: number && /^[0-9a-f-]{36}$/i.test(number) ? number : null };
  }, [params, timeZone]);
  const update = useCallback(
    (patch: Partial<Record<keyof ReportFilters, string | null>>) =>
      change((next) => {
        for (const [name, value] of Object.entries(patch)) setOrDelete(next, name, value);
      }),
    [change],
  );
  return [filters, update] as const;
}
