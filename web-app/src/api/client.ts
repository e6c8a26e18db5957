import createClient from 'openapi-fetch';
import type { paths as GatewayPaths } from './generated/gateway';
import type { paths as MessagePaths } from './generated/message';
import type { paths as SessionPaths } from './generated/session';
import type { paths as TenantPaths } from './generated/tenant';
import { createApiFetch } from './http';
import { ApiError, parseRetryAfter, toProblem } from './problem';

export type Paths = MessagePaths & SessionPaths & TenantPaths & GatewayPaths;

function makeClient(baseUrl: string) {
  return createClient<Paths>({ baseUrl, fetch: createApiFetch() });
}

export type ApiClient = ReturnType<typeof makeClient>;

let client: ApiClient | null = null;
let base = '';

/** Called once at start with config.json's apiBase. */
export function configureApi(apiBase: string): void {
  base = apiBase;
  client = makeClient(apiBase);
}

export function api(): ApiClient {
  client ??= makeClient(base);
  return client;
}

export function apiBase(): string {
  return base;
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer, or an ApiError with the problem in it. */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) {
    throw failure(response, error);
  }
  return data as T;
}

/** Like unwrap, for listings: the body (typed by the caller, the document does not describe it) and the response. */
export async function unwrapWithResponse<T>(call: Promise<Answer<unknown>>): Promise<{ data: T; response: Response }> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) {
    throw failure(response, error);
  }
  return { data: data as T, response };
}

function failure(response: Response, body: unknown): ApiError {
  return new ApiError(toProblem(response.status, body), parseRetryAfter(response.headers.get('Retry-After')));
}

export { ApiError };
