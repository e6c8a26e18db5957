import type { TFunction } from 'i18next';
import { CHANGE_PAIRS, isKnownAction, type AuditEntry } from './api';

/** A catalog key part that i18next reads as one key (no dots). */
const KEY_PART = /^[A-Za-z][\w-]*$/;

/** The action in the reader's language; an action the catalogs do not know, as it is recorded. */
export function actionName(action: string, t: TFunction): string {
  return isKnownAction(action) ? t(`audit.action.${action}`, { defaultValue: action }) : action;
}

/** The kinds of target the services record ("connection:<id>" …), and the names the page knows for some. */
export interface KnownNames {
  people: ReadonlyMap<string, string>;
  numbers: ReadonlyMap<string, string>;
  /** The company the page is about (its id and name). */
  company?: { id: string; name: string };
}

const NOBODY: ReadonlyMap<string, string> = new Map();

/** What the log across companies knows to name: the entry's company (platform staff know no company's team or numbers). */
export function companyNames(tenantId: string | null | undefined, name: string | undefined): KnownNames {
  return { people: NOBODY, numbers: NOBODY, company: tenantId && name ? { id: tenantId, name } : undefined };
}

const KINDS = ['connection', 'user', 'quick-reply', 'apikey', 'tenant', 'conversation', 'automation-delivery'];

/** What the entry is about: its kind in words and, for a person, a number or the company still there, its name now. */
export function targetName(target: string | null | undefined, names: KnownNames, t: TFunction): string {
  if (!target) return '—';
  const colon = target.indexOf(':');
  const kind = colon > 0 ? target.slice(0, colon) : '';
  const id = target.slice(colon + 1);
  if (!KINDS.includes(kind)) return target;
  const name =
    kind === 'user'
      ? names.people.get(id)
      : kind === 'connection'
        ? names.numbers.get(id)
        : kind === 'tenant' && names.company?.id === id
          ? names.company.name
          : undefined;
  return t('audit.target.named', { kind: t(`audit.target.${kind}`), name: name ?? shortId(id) });
}

function shortId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(id) ? id.slice(0, 8) : id;
}

/** Who acted: the person's name when they are in the team, else the name recorded with the entry. */
export function actorName(entry: AuditEntry, people: ReadonlyMap<string, string>, t: TFunction): string {
  if (entry.actorId === 'automation') return t('audit.actor.automation');
  return (entry.actorId && people.get(entry.actorId)) || entry.actorName || entry.actorId || '—';
}

export interface Detail {
  field: string;
  label: string;
  value: string;
}

/** The fields recorded with the entry, readable: a change recorded as [before, after] shows as "before → after". */
export function detailsOf(entry: AuditEntry, t: TFunction, locale: string): Detail[] {
  const details = entry.details;
  if (!details) return entry.summary ? [{ field: 'summary', label: t('audit.details'), value: entry.summary }] : [];
  const pairs = CHANGE_PAIRS.has(entry.action);
  return Object.entries(details).map(([field, value]) => ({
    field,
    label: KEY_PART.test(field) ? t(`audit.field.${field}`, { defaultValue: field }) : field,
    value:
      pairs && Array.isArray(value) && value.length === 2
        ? `${valueText(field, value[0], t, locale)} → ${valueText(field, value[1], t, locale)}`
        : valueText(field, value, t, locale),
  }));
}

/** Fields whose values are names the catalogs know (a number's state, its type, a person's role …). */
const NAMED_VALUES: Record<string, string> = {
  state: 'numbers.state',
  type: 'numbers.type',
  bot: 'audit.value.bot',
  role: 'team.role',
};

function valueText(field: string, value: unknown, t: TFunction, locale: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'audit.value.yes' : 'audit.value.no');
  if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value);
  if (typeof value === 'string') {
    const names = NAMED_VALUES[field];
    return names && KEY_PART.test(value) ? t(`${names}.${value}`, { defaultValue: value }) : value;
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => valueText(field, v, t, locale)).join(', ') : '—';
  return JSON.stringify(value);
}
