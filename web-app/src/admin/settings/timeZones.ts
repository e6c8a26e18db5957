/** The IANA time zones the browser knows, with their offset now, for a searchable list (underscores as spaces). */
export interface ZoneOption {
  value: string;
  label: string;
}

function offsetOf(zone: string, at: Date): string | null {
  try {
    const parts = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(at);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? null;
  } catch {
    return null;
  }
}

/** Every zone (UTC and the current one always among them), sorted by name. */
export function timeZoneOptions(current: string | null | undefined, at: Date = new Date()): ZoneOption[] {
  const zones = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  zones.add('UTC');
  if (current) zones.add(current);
  return [...zones].sort().map((zone) => {
    const offset = offsetOf(zone, at);
    const name = zone.replaceAll('_', ' ');
    return { value: zone, label: offset ? `${name} (${offset})` : name };
  });
}
