import { dayAfter, periodOf, startOfDay, validDay } from './period';

describe('audit period', () => {
  it('takes only days that exist', () => {
    expect(validDay('2026-03-01')).toBe('2026-03-01');
    expect(validDay('2024-02-29')).toBe('2024-02-29');
    expect(validDay('2026-02-29')).toBeNull();
    expect(validDay('2026-3-1')).toBeNull();
    expect(validDay('yesterday')).toBeNull();
    expect(validDay(null)).toBeNull();
  });

  it('counts days across months and years', () => {
    expect(dayAfter('2026-02-28')).toBe('2026-03-01');
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
  });

  it('begins a day at midnight in the company\'s time zone', () => {
    expect(startOfDay('2026-03-01', 'UTC')).toBe('2026-03-01T00:00:00.000Z');
    expect(startOfDay('2026-03-01', 'America/Sao_Paulo')).toBe('2026-03-01T03:00:00.000Z');
    expect(startOfDay('2026-03-01', 'Asia/Tokyo')).toBe('2026-02-28T15:00:00.000Z');
    expect(startOfDay('2026-07-01', 'Europe/Lisbon')).toBe('2026-06-30T23:00:00.000Z');
    expect(startOfDay('2026-01-01', 'Asia/Kolkata')).toBe('2025-12-31T18:30:00.000Z');
  });

  it('follows summer time on the days clocks change', () => {
    // New York springs forward at 02:00 on 2026-03-08 and falls back on 2026-11-01: midnight is still -05:00 / -04:00
    expect(startOfDay('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDay('2026-03-09', 'America/New_York')).toBe('2026-03-09T04:00:00.000Z');
    expect(startOfDay('2026-11-02', 'America/New_York')).toBe('2026-11-02T05:00:00.000Z');
    // Brazil's 2018 summer time began at midnight (00:00 became 01:00): that day began at 01:00, 03:00Z
    expect(startOfDay('2018-11-04', 'America/Sao_Paulo')).toBe('2018-11-04T03:00:00.000Z');
    expect(startOfDay('2018-11-05', 'America/Sao_Paulo')).toBe('2018-11-05T02:00:00.000Z');
  });

  it('makes both ends of a period of whole days inclusive', () => {
    expect(periodOf('2026-03-01', '2026-03-01', 'America/Sao_Paulo')).toEqual({
      from: '2026-03-01T03:00:00.000Z',
      to: '2026-03-02T03:00:00.000Z',
    });
    expect(periodOf(null, '2026-03-31', 'UTC')).toEqual({ to: '2026-04-01T00:00:00.000Z' });
    expect(periodOf(null, null, 'UTC')).toEqual({});
  });
});
