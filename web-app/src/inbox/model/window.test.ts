import { splitRemaining, windowState } from './window';

const now = Date.parse('2026-12-01T12:00:00Z');

describe('24-hour window', () => {
  it('does not apply to Evolution numbers', () => {
    expect(windowState('EVOLUTION', null, now)).toMatchObject({ applies: false, open: true });
  });

  it('is open with the time left on a Cloud API number', () => {
    const state = windowState('META', '2026-12-02T09:30:00Z', now);
    expect(state).toMatchObject({ applies: true, open: true });
    expect(splitRemaining(state.remainingMs)).toEqual({ hours: 21, minutes: 30 });
  });

  it('is closed once expired, or when the customer never wrote', () => {
    expect(windowState('META', '2026-12-01T11:59:00Z', now)).toMatchObject({ open: false, remainingMs: 0 });
    expect(windowState('META', null, now)).toMatchObject({ applies: true, open: false });
  });

  it('rounds down to the minute', () => {
    expect(splitRemaining(59_999)).toEqual({ hours: 0, minutes: 0 });
    expect(splitRemaining(3_600_000 + 61_000)).toEqual({ hours: 1, minutes: 1 });
  });
});
