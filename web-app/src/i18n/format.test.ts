import { formatters, validTimeZone } from './format';

describe('dates and times', () => {
  it('shows times in the tenant time zone and the person language', () => {
    const f = formatters('pt-BR', 'America/Sao_Paulo');
    expect(f.time('2026-12-01T15:30:00Z')).toBe('12:30');
    expect(formatters('en', 'UTC').time('2026-12-01T15:30:00Z')).toMatch(/03:30\sPM/);
  });

  it('shows the time for today, the weekday this week, the date before', () => {
    const f = formatters('en', 'UTC');
    const now = Date.parse('2026-12-04T12:00:00Z');
    expect(f.short('2026-12-04T08:00:00Z', now)).toMatch(/08:00/);
    expect(f.short('2026-12-02T08:00:00Z', now)).toBe('Wed');
    expect(f.short('2026-10-02T08:00:00Z', now)).toBe('10/02/26');
  });

  it('falls back when the tenant time zone is not a real one', () => {
    expect(validTimeZone('America/Sao_Paulo')).toBe('America/Sao_Paulo');
    expect(validTimeZone('Mars/Olympus')).toBeNull();
    expect(validTimeZone(null)).toBeNull();
  });
});
