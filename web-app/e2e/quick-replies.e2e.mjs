// Quick replies: an admin writes /hello once; an agent types /hel in a reply, picks it, sends it to the customer.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  api, connectNumber, eventually, expectAccessible, launch, openConversation, randomCustomer, screenshot, signIn, token,
} from './support.mjs';

const TEXT = 'Olá! Sou da Acme, como posso ajudar?';
let browser;
before(async () => {
  browser = await launch();
  await removeHello(); // a quick reply left by an earlier run on this stack
});
after(async () => {
  await removeHello();
  await browser?.close();
});

async function removeHello() {
  const admin = await token('acme-admin');
  for (const reply of await api('/api/quick-replies?q=hello', { token: admin })) {
    if (reply.shortcut === 'hello') await api(`/api/quick-replies/${reply.id}`, { method: 'DELETE', token: admin });
  }
}

test('an admin creates /hello; an agent picks it with /hel and the customer receives its text', async () => {
  const admin = await signIn(browser, 'acme-admin');
  await admin.page.getByRole('link', { name: 'Admin' }).click();
  await admin.page.getByRole('link', { name: 'Quick replies' }).click();
  await admin.page.getByRole('button', { name: 'New quick reply' }).click();
  await admin.page.getByRole('textbox', { name: 'Shortcut' }).fill('hello');
  await admin.page.getByRole('textbox', { name: 'Text' }).fill(TEXT);
  await admin.page.getByRole('button', { name: 'Save' }).click();
  await admin.page.getByRole('listitem', { name: '/hello' }).waitFor();
  await screenshot(admin.page, 'quick-replies', 'desktop');
  await expectAccessible(admin.page, 'the quick replies page');
  // the same shortcut twice is refused on its field
  await admin.page.getByRole('button', { name: 'New quick reply' }).click();
  await admin.page.getByRole('textbox', { name: 'Shortcut' }).fill('hello');
  await admin.page.getByRole('textbox', { name: 'Text' }).fill('Outro texto');
  await admin.page.getByRole('button', { name: 'Save' }).click();
  await admin.page.getByText('Already in use: choose another').waitFor();
  assert.equal(await admin.page.getByRole('textbox', { name: 'Shortcut' }).getAttribute('aria-invalid'), 'true');
  await admin.context.close();

  const number = await connectNumber('acme-admin');
  const customer = randomCustomer();
  const name = `Cliente Atalho ${customer.slice(-4)}`;
  await number.customerWrites(`+${customer}`, name, 'Oi, alguém aí?');
  const agent = await signIn(browser, 'acme-agent', { size: 'phone' });
  await openConversation(agent.page, name);
  const field = agent.page.getByTestId('composer-input');
  await field.fill('/hel');
  const option = agent.page.getByRole('option', { name: /\/hello/ });
  await option.waitFor();
  await screenshot(agent.page, 'quick-reply-picker', 'phone');
  await expectAccessible(agent.page, 'the quick reply picker');
  await field.press('Enter'); // picks the highlighted quick reply
  assert.equal(await field.inputValue(), TEXT);
  await field.press('Enter'); // sends it
  await eventually('the customer received the quick reply', async () =>
    (await number.sent()).some((m) => m.type === 'text' && JSON.stringify(m).includes(customer)
      && JSON.stringify(m.body).includes(TEXT)), 20_000);
});
