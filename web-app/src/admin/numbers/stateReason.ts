type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The reasons session-service gives for a number's state, in the person's language; others as the service says. */
const KNOWN: Array<[RegExp, string]> = [
  [/^Scan the QR code/i, 'scanQr'],
  [/^Logged out/i, 'loggedOut'],
  [/^The QR code was not scanned in time/i, 'qrExpired'],
  [/^Not connected/i, 'notConnected'],
  [/^Disabled by an administrator/i, 'disabled'],
  [/^Reconnecting to WhatsApp/i, 'reconnecting'],
  [/^The provider cannot be reached/i, 'unreachable'],
];

export function stateReason(reason: string | null | undefined, t: Translate): string | null {
  if (!reason) return null;
  const lost = /^Connection lost \(code (\d+)\); reconnecting in (\d+) s$/.exec(reason);
  if (lost) return t('numbers.reason.lost', { code: lost[1], seconds: Number(lost[2]) });
  const known = KNOWN.find(([pattern]) => pattern.test(reason));
  return known ? t(`numbers.reason.${known[1]}`) : reason;
}
