// The agent's inbox against the real stack, in Chromium: sign-in through Keycloak's page, a customer's message
// arriving live, the reply reaching the simulated Meta and its ticks turning to read; another tenant's agent never
// sees it, not even through its address; the same screens on a phone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  STACK, connectNumber, eventually, expectAccessible, launch, randomCustomer, screenshot, signIn,
} from './support.mjs';

let browser;
let number;
const customer = randomCustomer();
const name = `Cliente E2E ${customer.slice(-4)}`;
const firstText = `Olá, preciso de ajuda ${customer.slice(-4)}`;
let conversationUrl;

before(async () => {
  browser = await launch();
  number = await connectNumber('acme-admin');
});
after(async () => browser?.close());

test('an agent signs in, a customer message arrives live, the reply reaches Meta and turns to read', async () => {
  const { page, interactiveMs } = await signIn(browser, 'acme-agent');
  console.log(`browser: inbox interactive ${interactiveMs} ms after the login redirect (desktop)`);
  await page.getByRole('tab', { name: /^All/ }).click();
  await page.getByRole('listitem').first().waitFor(); // the list, not its loader, on the picture
  await screenshot(page, 'inbox', 'desktop');
  const axe = await expectAccessible(page, 'inbox');
  console.log(`browser: axe on the inbox: ${axe.passes} rules pass, minor/moderate: ${JSON.stringify(axe.violations)}`);

  await number.customerWrites(`+${customer}`, name, firstText);
  const card = page.getByRole('button', { name: new RegExp(name) });
  await card.waitFor({ timeout: 20_000 }); // live: the page was not reloaded
  await card.click();
  await page.waitForURL(/\/inbox\/[0-9a-f-]{36}$/);
  conversationUrl = page.url();
  await page.getByText(firstText).waitFor();

  const reply = `Claro, vamos resolver ${customer.slice(-4)}`;
  await page.getByTestId('composer-input').fill(reply);
  await page.getByTestId('composer-input').press('Enter');
  await page.getByText(reply).waitFor();
  await eventually('the reply reached the simulated Meta',
    async () => (await number.sent()).some((sent) => JSON.stringify(sent).includes(reply)));
  await page.getByRole('img', { name: 'Read' }).last().waitFor({ timeout: 20_000 });
  await screenshot(page, 'conversation', 'desktop');
  const conversationAxe = await expectAccessible(page, 'conversation');
  console.log(`browser: axe on the conversation: ${conversationAxe.passes} rules pass`);

  await number.customerWrites(`+${customer}`, name, `E mais uma coisa ${customer.slice(-4)}`);
  await page.getByText(`E mais uma coisa ${customer.slice(-4)}`).waitFor({ timeout: 20_000 });
  assert.equal(await page.getByText(firstText).count(), 1, 'each message once');
});

test("another tenant's agent never sees the conversation, not even through its address", async () => {
  assert.ok(conversationUrl, 'the first test opened a conversation');
  const { page } = await signIn(browser, 'globex-agent');
  await page.getByRole('tab', { name: /^All/ }).click();
  await page.waitForTimeout(1_000);
  assert.equal(await page.getByRole('button', { name: new RegExp(name) }).count(), 0);
  await page.goto(conversationUrl.replace(/^https?:\/\/[^/]+/, STACK));
  await page.getByRole('alert').filter({ hasText: 'This no longer exists.' }).waitFor({ timeout: 20_000 });
  assert.equal(await page.getByText(firstText).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 0, 'nothing to retry for what does not exist');
  await screenshot(page, 'not-found', 'desktop');
});

test('on a phone the list and the conversation are two screens', async () => {
  assert.ok(conversationUrl, 'the first test opened a conversation');
  const { page, interactiveMs } = await signIn(browser, 'acme-agent', { size: 'phone' });
  console.log(`browser: inbox interactive ${interactiveMs} ms after the login redirect (phone)`);
  await page.getByRole('tab', { name: /^All/ }).click();
  await page.getByRole('button', { name: new RegExp(name) }).waitFor(); // the list, not its loader, on the picture
  await screenshot(page, 'inbox', 'phone');
  await expectAccessible(page, 'inbox on a phone');
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByText(firstText).waitFor();
  assert.equal(await page.getByRole('tablist').isVisible(), false, 'the list is hidden while a conversation is open');
  await screenshot(page, 'conversation', 'phone');
  await expectAccessible(page, 'conversation on a phone');
  await page.getByRole('button', { name: 'Back to the conversations' }).click();
  await page.getByRole('tablist').waitFor();
});
