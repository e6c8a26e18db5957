import { apiBase } from '../api/client';
import { createApiFetch, errorFrom } from '../api/http';

/**
 * Calls to webhook-gateway's endpoints (its OpenAPI document is not among those the app's types are generated
 * from): the same fetch as the typed client (token, renewal, retries, problems as ApiError), typed by the caller.
 */
const apiFetch = createApiFetch();

type Query = Record<string, string | number | undefined>;

function url(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return `${apiBase()}${path}${search ? `?${search}` : ''}`;
}

async function send<T>(request: Request): Promise<T> {
  const response = await apiFetch(request);
  if (!response.ok) throw await errorFrom(response);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export function getJson<T>(path: string, query?: Query): Promise<T> {
  return send<T>(new Request(url(path, query), { headers: { Accept: 'application/json' } }));
}

export function postJson<T>(path: string, body?: unknown): Promise<T> {
  return send<T>(
    new Request(url(path), {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
}
