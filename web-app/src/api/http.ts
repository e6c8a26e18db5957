import { backoffDelay } from './backoff';
import { accessToken, renewSession } from './auth';
import { setAppStatus } from './appStatus';
import { ApiError, isSuspension, parseRetryAfter, toProblem } from './problem';

/** How many times a read is tried again on 503/429 (a write is not: it may have happened). */
const READ_RETRIES = 3;

export interface FetchDeps {
  fetch: typeof fetch;
  token: () => Promise<string | null>;
  renew: () => Promise<boolean>;
  sleep: (ms: number) => Promise<void>;
}

const defaults: FetchDeps = {
  fetch: (input, init) => globalThis.fetch(input, init),
  token: accessToken,
  renew: renewSession,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * fetch for the services: bearer token, one silent renewal on 401, reads retried on 503/429 after Retry-After
 * (or a backoff), suspension noticed on 403. Answers are returned as they are; errors are thrown by `unwrap`.
 */
export function createApiFetch(deps: Partial<FetchDeps> = {}): (request: Request) => Promise<Response> {
  const d = { ...defaults, ...deps };
  return async function apiFetch(request: Request): Promise<Response> {
    const idempotent = request.method === 'GET' || request.method === 'HEAD';
    let renewed = false;
    for (let attempt = 0; ; attempt++) {
      const sent = request.clone();
      const token = await d.token();
      if (token) sent.headers.set('Authorization', `Bearer ${token}`);
      let response: Response;
      try {
        response = await d.fetch(sent);
      } catch (cause) {
        throw new ApiError({ status: 0, detail: cause instanceof Error ? cause.message : String(cause) });
      }
      if (response.status === 401 && !renewed) {
        renewed = true;
        if (await d.renew()) continue;
      }
      if (response.status === 403) {
        const body: unknown = await response.clone().json().catch(() => null);
        const problem = toProblem(403, body);
        if (isSuspension(problem)) setAppStatus({ suspended: true, suspendedReason: problem.reason ?? null });
      }
      if ((response.status === 503 || response.status === 429) && idempotent && attempt < READ_RETRIES) {
        const after = parseRetryAfter(response.headers.get('Retry-After'));
        await d.sleep(after !== null ? after * 1000 : backoffDelay(attempt, { baseMs: 1000, maxMs: 10_000 }));
        continue;
      }
      if (response.ok) setAppStatus({ suspended: false, suspendedReason: null });
      return response;
    }
  };
}

/** Turns a failed answer into an ApiError with its problem body and Retry-After. */
export async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  return new ApiError(toProblem(response.status, body), parseRetryAfter(response.headers.get('Retry-After')));
}
