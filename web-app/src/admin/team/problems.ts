import { ApiError, describeProblem, type ReadableProblem } from '../../api/problem';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** tenant-service's own rules for people (AgentRequests, AgentService), said in the catalogs' words. */
const VIOLATIONS: [RegExp, string][] = [
  [/lowercase letters, digits/i, 'team.validation.username'],
  [/must be an email address/i, 'team.validation.email'],
  [/is too long/i, 'team.validation.tooLong'],
  [/must be 8 to 128 characters/i, 'team.validation.password'],
  [/must be agent or tenant-admin/i, 'team.validation.role'],
];

const RULES: [number, RegExp, string][] = [
  [409, /already in use/i, 'team.problem.taken'],
  [422, /your plan allows/i, 'team.problem.planFull'],
  [422, /cannot disable yourself/i, 'team.problem.yourself'],
  [422, /no e-mail address/i, 'team.problem.noEmail'],
  [503, /e-mail could not be sent/i, 'team.problem.mail'],
];

/**
 * describeProblem, plus what the team's answers mean: the people rules onto their fields, and a clear sentence
 * for a username already taken, a full plan or a mail server that is down (the service's English detail then
 * adds nothing).
 */
export function teamProblem(error: unknown, t: Translate): ReadableProblem {
  const readable = describeProblem(error, t);
  const fieldErrors = Object.fromEntries(
    Object.entries(readable.fieldErrors).map(([field, message]) => {
      const known = VIOLATIONS.find(([rule]) => rule.test(message));
      return [field, known ? t(known[1]) : message];
    }),
  );
  if (error instanceof ApiError) {
    const rule = RULES.find(([status, text]) => status === error.status && text.test(error.problem.detail ?? ''));
    if (rule) return { message: t(rule[2]), fieldErrors };
  }
  return { ...readable, fieldErrors };
}
