/** Problem bodies of the services ({status,title,detail,violations}) and their readable form in the user's language. */
export interface Violation {
  field: string;
  message: string;
}

export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  violations?: Violation[];
  /** A suspension's reason, as the platform's staff gave it to the organization. */
  reason?: string;
}

/** A failed call: the HTTP status (0 when the network failed), the problem body and Retry-After in seconds. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly retryAfterSeconds: number | null;

  constructor(problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as Problem).status === 'number';
}

/** Reads a problem from an answer's body; a body that is not one still gives the status. */
export function toProblem(status: number, body: unknown): Problem {
  if (isProblem(body)) {
    const violations = Array.isArray(body.violations)
      ? body.violations.filter(
          (v): v is Violation => typeof v?.field === 'string' && typeof v?.message === 'string',
        )
      : undefined;
    const reason = typeof body.reason === 'string' && body.reason.trim() ? body.reason : undefined;
    return { status, title: body.title, detail: body.detail, violations, ...(reason ? { reason } : {}) };
  }
  return { status };
}

/** Retry-After in seconds (a number of seconds or an HTTP date), or null. */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

export function isSuspension(problem: Problem): boolean {
  return problem.status === 403 && /suspended|deleted/i.test(problem.detail ?? '');
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ReadableProblem {
  /** One sentence in the user's language. */
  message: string;
  /** The service's own words, when they add something (shown smaller, as they are in English). */
  detail?: string;
  /** Messages per form field, in the user's language where the rule is known. */
  fieldErrors: Record<string, string>;
}

const GENERIC_DETAILS = new Set([
  'not found',
  'the request is not valid',
  'a valid access token is required',
  'you are not allowed to do this',
  'forbidden',
  'bad request',
  'conflict',
]);

/** Rules of the services' validation messages that the catalogs know how to say. */
export function translateViolation(message: string, t: Translate): string {
  const trimmed = message.trim();
  if (/^is required/i.test(trimmed) || /must not be (blank|null|empty)/i.test(trimmed)) {
    return t('validation.required');
  }
  const atMostChars = /must be at most (\d+) characters/i.exec(trimmed);
  if (atMostChars) return t('validation.maxLength', { count: Number(atMostChars[1]) });
  const atMostLabels = /must have at most (\d+) labels/i.exec(trimmed);
  if (atMostLabels) return t('validation.maxLabels', { count: Number(atMostLabels[1]) });
  if (/NUL/.test(trimmed)) return t('validation.nul');
  if (/is already in use/i.test(trimmed)) return t('validation.taken');
  if (/must be Meta's numeric id/i.test(trimmed)) return t('validation.metaId');
  if (/Meta rejected the access token/i.test(trimmed)) return t('validation.tokenRejected');
  if (/app secret does not belong/i.test(trimmed)) return t('validation.appSecretMismatch');
  if (/Meta does not know this phone number id/i.test(trimmed)) return t('validation.unknownPhoneNumberId');
  if (/must be at least (\d+)/i.test(trimmed)) return t('validation.min', { min: Number(/(\d+)/.exec(trimmed)?.[1]) });
  if (/must be at most (\d+)$/i.test(trimmed)) return t('validation.max', { max: Number(/(\d+)/.exec(trimmed)?.[1]) });
  return trimmed;
}

/**
 * Messages per field from a problem's detail that names the field at its start — "field: message" parts joined by
 * "; ", or "'field' message" — for the fields a form has: some rules of the services name the field in the detail
 * rather than in violations.
 */
export function detailFieldErrors(detail: string | undefined, fields: readonly string[], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const part of (detail ?? '').split(/;\s*/)) {
    const match = /^'?([A-Za-z]+)'?:?\s+(.+)$/.exec(part.trim());
    if (match && fields.includes(match[1]!) && !errors[match[1]!]) {
      errors[match[1]!] = translateViolation(match[2]!.replace(/ for CLOUD_API.*$/, ''), t);
    }
  }
  return errors;
}

/** The key of the sentence for a problem: a known rule first, then the status. */
export function problemKey(problem: Problem): string {
  const detail = problem.detail ?? '';
  if (problem.status === 0) return 'errors.network';
  if (isSuspension(problem)) return 'errors.suspended';
  if (problem.status === 401) return 'errors.signedOut';
  if (/24.hour/i.test(detail)) return 'errors.window';
  if (/assigneeId/.test(detail) || problem.violations?.some((v) => v.field === 'assigneeId')) {
    return 'errors.assignee';
  }
  switch (problem.status) {
    case 400:
      return 'errors.invalid';
    case 403:
      return 'errors.forbidden';
    case 404:
      return 'errors.notFound';
    case 409:
      return 'errors.conflict';
    case 413:
      return 'errors.tooLarge';
    case 422:
      return 'errors.rule';
    case 429:
      return 'errors.rateLimited';
    case 502:
    case 503:
    case 504:
      return 'errors.unavailable';
    default:
      return problem.status >= 500 ? 'errors.server' : 'errors.unknown';
  }
}

/** `fields`: the form's fields, onto which a detail naming one of them is put (see detailFieldErrors). */
export function describeProblem(error: unknown, t: Translate, fields: readonly string[] = []): ReadableProblem {
  if (!(error instanceof ApiError)) {
    return { message: t('errors.unknown'), fieldErrors: {} };
  }
  const problem = error.problem;
  const message = t(problemKey(problem), { seconds: error.retryAfterSeconds ?? 5 });
  const fieldErrors = detailFieldErrors(problem.detail, fields, t);
  for (const violation of problem.violations ?? []) {
    fieldErrors[violation.field] = translateViolation(violation.message, t);
  }
  const detail = problem.detail && !GENERIC_DETAILS.has(problem.detail.toLowerCase()) ? problem.detail : undefined;
  return { message, detail, fieldErrors };
}
