/** Days of the calendar in UTC (YYYY-MM-DD), as the console's figures are counted. */

export function utcDay(at: Date = new Date()): string {
  return at.toISOString().slice(0, 10);
}

/** The UTC day `days` before `day`. */
export function daysBefore(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date - days)).toISOString().slice(0, 10);
}

/** The first day of `day`'s month. */
export function monthStart(day: string): string {
  return `${day.slice(0, 8)}01`;
}

/** This month so far (UTC), both ends included. */
export function thisMonth(now: Date = new Date()): { from: string; to: string } {
  const today = utcDay(now);
  return { from: monthStart(today), to: today };
}

/** The last `count` days (UTC) up to today, both ends included. */
export function lastDays(count: number, now: Date = new Date()): { from: string; to: string } {
  const today = utcDay(now);
  return { from: daysBefore(today, count - 1), to: today };
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && days.length < 400; day = daysBefore(day, -1)) days.push(day);
  return days;
}
