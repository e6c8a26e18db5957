// What the browser tests share: the stack's addresses, Chromium, sign-in through Keycloak's real page, the
// simulated Meta (numbers, customers writing), screenshots at both sizes and axe checks.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { randomInt } from 'node:crypto';
import { spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const STACK = (process.env.STACK_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const KEYCLOAK = (process.env.KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
export const SIMULATOR = (process.env.SIMULATOR_URL ?? 'http://127.0.0.1:8090').replace(/\/$/, '');
export const PASSWORD = 'demo1234';
export const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const SHOTS = new URL('../target/screenshots/', import.meta.url);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, headless, without the background traffic this machine's closed network refuses. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A new browser context (its own cookies: another person) signed in through Keycloak's login page. Answers the
 * page and how long the inbox took to show its conversation list after Keycloak sent the browser back (ms).
 */
export async function signIn(browser, username, { size = 'desktop', locale = 'en-US', path = '/', password = PASSWORD } = {}) {
  const context = await browser.newContext({ viewport: SIZES[size], locale, timezoneId: 'America/Sao_Paulo' });
  const page = await context.newPage();
  await page.goto(STACK + path);
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK), { timeout: 30_000 });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(STACK + '/inbox'), { timeout: 30_000 });
  await page.getByRole('tablist').first().waitFor({ timeout: 30_000 });
  // performance.now() counts from the start of the app's page load that followed Keycloak's redirect
  const interactiveMs = await page.evaluate(() => Math.round(performance.now()));
  return { context, page, interactiveMs };
}

/**
 * The page's calls to the platform's API as they go: those still waiting (and for how long) and those answered with
 * an error, for a failing test to say what the page was waiting for.
 */
export function apiTrail(page) {
  const started = new Map();
  const failed = [];
  const isApi = (request) => new URL(request.url()).pathname.startsWith('/api/');
  page.on('request', (request) => isApi(request) && started.set(request, Date.now()));
  page.on('requestfinished', async (request) => {
    started.delete(request);
    const response = isApi(request) ? await request.response() : null;
    if (response && response.status() >= 400) failed.push(`${response.status()} ${request.method()} ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    if (started.delete(request)) failed.push(`${request.failure()?.errorText} ${request.method()} ${request.url()}`);
  });
  return () => {
    const now = Date.now();
    const waiting = [...started].map(([r, at]) => `${r.method()} ${r.url()} (${now - at} ms)`);
    return `waiting: ${waiting.join(', ') || 'none'}; answered with an error: ${failed.slice(-10).join(', ') || 'none'}`;
  };
}

/** Finds a conversation as an agent would (All, then the search by name) and opens it. */
export async function openConversation(page, name) {
  await page.getByRole('tab', { name: /^All/ }).click();
  await page.getByLabel('Search by name or number').fill(name);
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.waitForURL(/\/inbox\/[0-9a-f-]{36}$/);
}

/** Saves target/screenshots/NAME-SIZE.png. */
export async function screenshot(page, name, size) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}-${size}.png`, SHOTS).pathname, fullPage: false });
}

/** axe-core on the page as it is: fails on serious or critical violations; answers how many rules passed. */
export async function expectAccessible(page, what) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(AXE); // through the DevTools protocol: the app's CSP (rightly) refuses inline scripts
  }
  const result = await page.evaluate(async () => {
    // colours are judged as they end up: a menu or dialog still fading in would read as too faint
    await Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined)));
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.html.slice(0, 160)} ${n.any.map((c) => c.message).join('; ').slice(0, 160)}`).slice(0, 6) })),
    };
  });
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad, [], `${what}: serious or critical accessibility violations`);
  return result;
}

async function call(url, { method = 'GET', token, body } = {}) {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/** A token for API set-up (the demo users; the browser signs in through the page). */
export async function token(username, password = PASSWORD) {
  const response = await fetch(`${KEYCLOAK}/realms/wa/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'web-app', username, password }),
  });
  assert.equal(response.status, 200, `sign-in of ${username}`);
  return (await response.json()).access_token;
}

export const api = (path, options) => call(STACK + path, options);
export const simulator = (path, options) => call(SIMULATOR + path, options);

/**
 * A tenant of its own (created by platform staff) with an admin and an agent who sign in with a password; purge()
 * removes it, users and all. For what must not touch the demo tenants (a suspension).
 */
export async function freshTenant(prefix) {
  const platform = await token('platform');
  const slug = `${prefix}-${randomInt(10_000_000, 99_999_999)}`;
  const password = `E2e-${randomInt(10_000_000, 99_999_999)}-pw`;
  const person = (name, role) => ({
    username: `${slug}-${name}`, email: `${slug}-${name}@fresh.example`, firstName: 'Fresh', lastName: name,
    role, password, temporaryPassword: false,
  });
  const tenant = await api('/api/admin/tenants', { method: 'POST', token: platform, body: { slug, name: prefix } });
  await api(`/api/admin/tenants/${tenant.id}/admins`, { method: 'POST', token: platform, body: person('admin', 'tenant-admin') });
  const adminToken = await token(`${slug}-admin`, password);
  await api('/api/tenant/agents', { method: 'POST', token: adminToken, body: person('agent', 'agent') });
  return {
    id: tenant.id,
    agent: `${slug}-agent`,
    password,
    adminToken,
    suspend: async () => api(`/api/admin/tenants/${tenant.id}/suspend`, { method: 'POST', token: await token('platform') }),
    purge: async () => {
      const staff = await token('platform');
      await api(`/api/admin/tenants/${tenant.id}`, { method: 'DELETE', token: staff });
      await api(`/api/admin/tenants/${tenant.id}/purge`, { method: 'POST', token: staff, body: { confirmSlug: slug } });
    },
  };
}

/**
 * A Cloud API number known to the simulated Meta, connected by the tenant admin (a demo username or a token) and
 * subscribed to its webhook.
 */
export async function connectNumber(admin) {
  const phoneNumberId = `10${randomInt(1_000_000_000, 9_999_999_999)}`;
  const credentials = { accessToken: `EAAG-e2e-${phoneNumberId}`, appSecret: `app-secret-${phoneNumberId}` };
  await simulator('/control/meta/numbers', {
    method: 'POST',
    body: { phoneNumberId, businessAccountId: `20${phoneNumberId}`, displayPhoneNumber: '15550001111', verifiedName: 'Browser Test', ...credentials },
  });
  const created = await api('/api/connections', {
    method: 'POST',
    token: admin.includes('.') ? admin : await token(admin),
    body: { type: 'CLOUD_API', name: 'Browser test line', phoneNumberId, businessAccountId: `20${phoneNumberId}`, ...credentials },
  });
  await simulator(`/control/meta/numbers/${phoneNumberId}/webhook`, {
    method: 'PUT',
    body: { url: created.webhookUrl, verifyToken: created.verifyToken },
  });
  return {
    phoneNumberId,
    connectionId: created.id,
    customerWrites: (from, name, text, more = {}) =>
      simulator(`/control/meta/numbers/${phoneNumberId}/inbound`, { method: 'POST', body: { from, name, text, ...more } }),
    sent: () => simulator(`/control/meta/numbers/${phoneNumberId}/sent`),
  };
}

/** Runs `./stack ARGS...` (STACK_SCRIPT, set by ./stack browser-tests), e.g. to restart a service. */
export function stack(...args) {
  assert.ok(process.env.STACK_SCRIPT, 'STACK_SCRIPT (./stack browser-tests sets it)');
  return new Promise((resolve, reject) => {
    spawn('bash', [process.env.STACK_SCRIPT, ...args], { stdio: 'inherit' })
      .on('error', reject)
      .on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`./stack ${args.join(' ')} exited ${code}`))));
  });
}

export const randomCustomer = () => `55119${randomInt(10_000_000, 99_999_999)}`;

/** Waits until check() is true (polling), or fails saying what was awaited. */
export async function eventually(what, check, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) assert.fail(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
