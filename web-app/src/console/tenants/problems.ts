import { ApiError, describeProblem, type ReadableProblem } from '../../api/problem';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** tenant-service's rules for a company (CreateTenantRequest, TenantRequests, TenantAdminService) in the catalogs' words. */
const VIOLATIONS: [RegExp, string][] = [
  [/lowercase letters, digits or hyphens/i, 'console.validation.slug'],
  [/must be a domain name/i, 'console.validation.domain'],
  [/at most 20 domains/i, 'console.validation.domains'],
  [/must be a number of bytes/i, 'console.validation.mediaQuota'],
  [/must be a number of days/i, 'console.validation.retention'],
  [/must be 0( \(platform default\))? or more/i, 'console.validation.zeroOrMore'],
  [/must be 1 to 200 characters/i, 'console.validation.name'],
];

/** Refusals that concern one field, said by the detail of the answer. */
const RULES: [number, RegExp, string, string][] = [
  [409, /slug .* already in use/i, 'slug', 'console.validation.slugTaken'],
  [422, /confirmSlug does not match/i, 'confirmSlug', 'console.validation.confirmSlug'],
];

/**
 * describeProblem for the company forms (`fields`: the form's): each rule on its field in the person's language (a
 * domain of the list on the domains field), a slug already taken on the slug field, the service's words otherwise;
 * a rule of a field the form does not have goes into the detail, shown under the form.
 */
export function tenantProblem(error: unknown, t: Translate, fields: readonly string[] = []): ReadableProblem {
  const readable = describeProblem(error, t, fields);
  const fieldErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(readable.fieldErrors)) {
    const known = VIOLATIONS.find(([rule]) => rule.test(message));
    // a list's item is named "<list element>" (the domains are the only list of the forms)
    const name = fields.includes(field) || !/domain/i.test(message) ? field : 'domains';
    fieldErrors[name] = known ? t(known[1]) : message;
  }
  if (error instanceof ApiError) {
    // a figure the service cannot read (too large for it)
    const wrongType = /^Field '(\w+)' has the wrong type/.exec(error.problem.detail ?? '');
    if (wrongType && fields.includes(wrongType[1]!)) fieldErrors[wrongType[1]!] = t('console.validation.number');
    const rule = RULES.find(([status, text]) => status === error.status && text.test(error.problem.detail ?? ''));
    if (rule && fields.includes(rule[2])) fieldErrors[rule[2]] = t(rule[3]);
  }
  // what no field of the form shows is said under it
  const unplaced = Object.entries(fieldErrors).filter(([field]) => !fields.includes(field));
  if (unplaced.length === 0) return { ...readable, fieldErrors };
  return {
    message: readable.message,
    detail: unplaced.map(([field, message]) => `${field}: ${message}`).join('; '),
    fieldErrors: Object.fromEntries(Object.entries(fieldErrors).filter(([field]) => fields.includes(field))),
  };
}
