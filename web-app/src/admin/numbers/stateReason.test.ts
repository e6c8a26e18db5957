import { stateReason } from './stateReason';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}${JSON.stringify(options)}` : key);

describe('a number state reason', () => {
  it('is said in the catalog words when the service reason is known', () => {
    expect(stateReason('Logged out; ask for a new QR code to connect again', t)).toBe('numbers.reason.loggedOut');
    expect(stateReason('The QR code was not scanned in time; ask for a new one', t)).toBe('numbers.reason.qrExpired');
    expect(stateReason('Connection lost (code 428); reconnecting in 30 s', t)).toBe(
      'numbers.reason.lost{"code":"428","seconds":30}',
    );
  });

  it('is the service words otherwise, and nothing when there is none', () => {
    expect(stateReason('Meta rejected the access token', t)).toBe('Meta rejected the access token');
    expect(stateReason(null, t)).toBeNull();
  });
});
