/**
 * The period of the audit log's filter: whole days (YYYY-MM-DD, as a date input gives them) in the company's time
 * zone, turned into the instants the service takes ("from" inclusive, "to" exclusive).
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day when it is one (YYYY-MM-DD that exists in the calendar), else null. */
export function validDay(value: string | null | undefined): string | null {
  const match = DAY.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value! : null;
}

/** The next day of the calendar. */
export function dayAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** The instant (ISO-8601, UTC) at which `day` begins in `timeZone`; DST changes at midnight included. */
export function startOfDay(day: string, timeZone: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(year, month - 1, date);
  const first = midnightUtc - offsetAt(midnightUtc, timeZone);
  const second = midnightUtc - offsetAt(first, timeZone);
  // where midnight does not exist (clocks jump forward), the day begins at the jump: the earliest candidate in it
  const inDay = [first, second].filter((at) => dayIn(at, timeZone) === day).sort((a, b) => a - b);
  return new Date(inDay[0] ?? first).toISOString();
}

/** A period of whole days, both ends included, as the service's from (inclusive) and to (exclusive). */
export function periodOf(from: string | null, to: string | null, timeZone: string): { from?: string; to?: string } {
  return {
    ...(from ? { from: startOfDay(from, timeZone) } : {}),
    ...(to ? { to: startOfDay(dayAfter(to), timeZone) } : {}),
  };
}

function parts(at: number, timeZone: string): Record<string, number> {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return Object.fromEntries(format.formatToParts(new Date(at)).map((p) => [p.type, Number(p.value)]));
}

/** How far the zone's clocks are ahead of UTC at that instant (ms). */
function offsetAt(at: number, timeZone: string): number {
  const p = parts(at, timeZone);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(at / 1000) * 1000;
}

function dayIn(at: number, timeZone: string): string {
  const p = parts(at, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
