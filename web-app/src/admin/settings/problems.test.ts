import { ApiError } from '../../api/problem';
import { deliveryError } from './DeliveryItem';
import { settingsProblem } from './problems';
import { timeZoneOptions } from './timeZones';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}${JSON.stringify(options)}` : key);

describe('the settings\' problems', () => {
  it('put a refused URL (422 naming its field) on the field, in the catalog words', () => {
    const error = new ApiError({ status: 422, detail: "'automationWebhookUrl' must point to a public address, not a private one" });
    expect(settingsProblem(error, t, ['automationWebhookUrl']).fieldErrors).toEqual({
      automationWebhookUrl: 'settings.validation.publicAddress',
    });
    const zone = new ApiError({ status: 422, detail: 'timezone must be an IANA time zone such as Europe/Lisbon' });
    expect(settingsProblem(zone, t, ['timezone']).fieldErrors).toEqual({ timezone: 'settings.validation.timezone' });
    // a field the form does not have stays in the general message
    expect(settingsProblem(zone, t, ['automationWebhookUrl']).fieldErrors).toEqual({});
  });

  it('say the violations of a 400 in the catalog words, or as the service says', () => {
    const error = new ApiError({
      status: 400,
      violations: [
        { field: 'timezone', message: 'must be 1 to 64 characters' },
        { field: 'name', message: 'is too long' },
        { field: 'other', message: 'something new' },
      ],
    });
    expect(settingsProblem(error, t, []).fieldErrors).toEqual({
      timezone: 'settings.validation.length{"min":1,"max":64}',
      name: 'settings.validation.keyName',
      other: 'something new',
    });
  });
});

describe('a delivery error', () => {
  it('is said in the catalog words when message-service\'s words are known', () => {
    expect(deliveryError('unreachable', t)).toBe('settings.deliveries.error.unreachable');
    expect(deliveryError('timed out', t)).toBe('settings.deliveries.error.timedOut');
    expect(deliveryError('answered HTTP 502: Bad gateway', t)).toBe('settings.deliveries.error.answered{"status":"502","body":"Bad gateway"}');
    expect(deliveryError('something else', t)).toBe('something else');
  });
});

describe('the time zones', () => {
  it('are every IANA zone with its offset, UTC and the current one included', () => {
    const at = new Date('2026-12-02T12:00:00Z');
    const zones = timeZoneOptions('Mars/Olympus', at);
    expect(zones.find((z) => z.value === 'America/Sao_Paulo')?.label).toBe('America/Sao Paulo (GMT-3)');
    expect(zones.some((z) => z.value === 'UTC')).toBe(true);
    expect(zones.find((z) => z.value === 'Mars/Olympus')?.label).toBe('Mars/Olympus');
  });
});
