/**
 * For the console's component tests: a fake platform behind `fetch` (as the admin pages' tests stub it), answering
 * by method and path, recording every call; an unknown path answers 404 like an endpoint not built yet.
 */
import type { Identity } from '../app/roles';

export const staff: Identity = {
  userId: 'p0000000-0000-4000-8000-000000000001',
  username: 'platform',
  displayName: 'Paula Platform',
  roles: ['platform-admin'],
  tenantId: null,
};

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export type Handler = (call: Call, match: RegExpExecArray) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problem(status: number, detail: string, violations?: { field: string; message: string }[]): Response {
  return json({ status, title: 'Problem', detail, ...(violations ? { violations } : {}) }, status);
}

/** Routes as "METHOD /path/regex" → handler; answers 404 to anything else. */
export function fakePlatform(routes: Record<string, Handler>) {
  const calls: Call[] = [];
  const table = Object.entries(routes).map(([route, handler]) => {
    const [method, path] = route.split(' ') as [string, string];
    return { method, path: new RegExp(`^${path}$`), handler };
  });
  const fetch = async (input: Request | string) => {
    const request = typeof input === 'string' ? new Request(input) : input;
    const url = new URL(request.url);
    const text = await request.text();
    const call: Call = { method: request.method, path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : undefined };
    calls.push(call);
    for (const route of table) {
      const match = route.path.exec(url.pathname);
      if (match && route.method === request.method) return route.handler(call, match);
    }
    return problem(404, 'Not found');
  };
  return {
    fetch,
    calls,
    /** The calls of a method to a path (exact, or matching). */
    to: (method: string, path: string | RegExp) =>
      calls.filter((c) => c.method === method && (typeof path === 'string' ? c.path === path : path.test(c.path))),
  };
}
