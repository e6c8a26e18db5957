import { daysBetween, daysBefore, lastDays, thisMonth } from './dates';
import { figures } from './figures';

describe('console figures', () => {
  it('says counts and sizes in the reader\'s language', () => {
    expect(figures('en').count(12345)).toBe('12,345');
    expect(figures('pt-BR').count(12345)).toBe('12.345');
    expect(figures('en').count(null)).toBe('—');
    expect(figures('en').bytes(5 * 1024 ** 3)).toBe('5 GiB');
    expect(figures('pt-BR').bytes(1536 * 1024)).toBe('1,5 MiB');
    expect(figures('en').bytes(0)).toBe('0 B');
  });

  it('counts UTC days across months and years', () => {
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
    expect(daysBefore('2026-12-31', -1)).toBe('2027-01-01');
    expect(lastDays(30, new Date('2026-03-10T23:59:00Z'))).toEqual({ from: '2026-02-09', to: '2026-03-10' });
    expect(thisMonth(new Date('2026-03-10T01:00:00-03:00'))).toEqual({ from: '2026-03-01', to: '2026-03-10' });
    expect(daysBetween('2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });
});
