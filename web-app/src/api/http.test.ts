import { getAppStatus, setAppStatus } from './appStatus';
import { createApiFetch } from './http';

function answer(status: number, body: unknown = null, headers: Record<string, string> = {}) {
  return new Response(body === null ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function setup(answers: Response[], renewResult = true) {
  const seen: Request[] = [];
  const sleeps: number[] = [];
  let token = 'token-1';
  const fetch = vi.fn(async (request: Request) => {
    seen.push(request);
    return answers.shift() ?? answer(200, []);
  });
  const renew = vi.fn(async () => {
    token = 'token-2';
    return renewResult;
  });
  const apiFetch = createApiFetch({
    fetch: fetch as unknown as typeof globalThis.fetch,
    token: async () => token,
    renew,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { apiFetch, seen, sleeps, renew };
}

describe('API fetch', () => {
  beforeEach(() => setAppStatus({ suspended: false, sessionExpired: false }));

  it('sends the bearer token', async () => {
    const { apiFetch, seen } = setup([answer(200, [])]);
    await apiFetch(new Request('http://x/api/conversations'));
    expect(seen[0]!.headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('renews the session once on 401 and repeats the call with the new token', async () => {
    const { apiFetch, seen, renew } = setup([answer(401, { status: 401 }), answer(200, [])]);
    const response = await apiFetch(new Request('http://x/api/conversations', { method: 'POST', body: '{}' }));
    expect(response.status).toBe(200);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(seen[1]!.headers.get('Authorization')).toBe('Bearer token-2');
  });

  it('gives the 401 back when the renewal fails', async () => {
    const { apiFetch } = setup([answer(401, { status: 401 })], false);
    expect((await apiFetch(new Request('http://x/api/tenant'))).status).toBe(401);
  });

  it('retries a read on 503 after Retry-After', async () => {
    const { apiFetch, sleeps } = setup([answer(503, { status: 503 }, { 'Retry-After': '2' }), answer(200, [])]);
    expect((await apiFetch(new Request('http://x/api/conversations'))).status).toBe(200);
    expect(sleeps).toEqual([2000]);
  });

  it('does not repeat a write on 503 (it may have happened)', async () => {
    const { apiFetch, seen } = setup([answer(503, { status: 503 }, { 'Retry-After': '2' })]);
    const response = await apiFetch(new Request('http://x/api/conversations/1/messages', { method: 'POST', body: '{}' }));
    expect(response.status).toBe(503);
    expect(seen).toHaveLength(1);
  });

  it('stops retrying a read after a few tries, backing off without Retry-After', async () => {
    const { apiFetch, sleeps } = setup([answer(503), answer(503), answer(503), answer(503)]);
    expect((await apiFetch(new Request('http://x/api/conversations'))).status).toBe(503);
    expect(sleeps).toHaveLength(3);
  });

  it('notices a suspended organization', async () => {
    const { apiFetch } = setup([
      answer(403, { status: 403, detail: "Your organization's account is suspended; contact the platform's support", reason: 'Invoice 12 is unpaid' }),
    ]);
    await apiFetch(new Request('http://x/api/conversations'));
    expect(getAppStatus().suspended).toBe(true);
    expect(getAppStatus().suspendedReason).toBe('Invoice 12 is unpaid');
  });

  it('turns a network failure into status 0', async () => {
    const apiFetch = createApiFetch({
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as unknown as typeof fetch,
      token: async () => null,
    });
    await expect(apiFetch(new Request('http://x/api/tenant'))).rejects.toMatchObject({ status: 0 });
  });
});
