import { describeProblem, type ReadableProblem } from '../../api/problem';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** tenant-service's rules for the settings and API keys (TenantRequests, TenantSettingsService, OutboundUrls). */
const RULES: [RegExp, string][] = [
  [/must be an http or https URL/i, 'settings.validation.httpUrl'],
  [/is not a valid URL/i, 'settings.validation.url'],
  [/must not contain a user name or password/i, 'settings.validation.credentials'],
  [/must name a public host/i, 'settings.validation.publicHost'],
  [/must point to a public address/i, 'settings.validation.publicAddress'],
  [/must name (a|its) host/i, 'settings.validation.host'],
  [/IPv4 address|IP address|network interface/i, 'settings.validation.ip'],
  [/IANA time zone/i, 'settings.validation.timezone'],
  [/language tag/i, 'settings.validation.language'],
  [/is too long/i, 'settings.validation.keyName'],
];

function say(message: string, t: Translate): string {
  const rule = RULES.find(([pattern]) => pattern.test(message));
  if (rule) return t(rule[1]);
  const range = /must be (\d+) to (\d+) characters/i.exec(message);
  return range ? t('settings.validation.length', { min: Number(range[1]), max: Number(range[2]) }) : message;
}

/**
 * describeProblem, with the settings' rules on their fields in the person's language: the violations (400), and
 * the refusals that name their field at the start of the detail (422: "'automationWebhookUrl' must point to…",
 * "timezone must be an IANA time zone…").
 */
export function settingsProblem(error: unknown, t: Translate, fields: readonly string[]): ReadableProblem {
  const readable = describeProblem(error, t, fields);
  const fieldErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(readable.fieldErrors)) fieldErrors[field] = say(message, t);
  return { ...readable, fieldErrors };
}
