// Two agents of one company: each sees the other online, then in the same conversation, and who is typing an answer.
import { after, before, test } from 'node:test';
import {
  connectNumber, expectAccessible, launch, openConversation, randomCustomer, screenshot, signIn,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

test('an agent sees a colleague in the same conversation, and when the colleague types an answer', async () => {
  const number = await connectNumber('acme-admin');
  const customer = randomCustomer();
  const name = `Cliente Dupla ${customer.slice(-4)}`;
  await number.customerWrites(`+${customer}`, name, `Alguém me ajuda? ${customer.slice(-4)}`);
  const agent = await signIn(browser, 'acme-agent');
  const admin = await signIn(browser, 'acme-admin');
  // who is online: the colleague's face in the list's header, named in full for screen readers
  await agent.page.getByRole('img', { name: /colleagues? online: .*Ada Acme \(admin\)/ }).waitFor({ timeout: 20_000 });
  await openConversation(agent.page, name);
  await openConversation(admin.page, name);
  // the demo realm's acme-admin is Ada
  const line = agent.page.getByRole('status').filter({ hasText: 'Ada Acme also has this conversation open' });
  await line.waitFor({ timeout: 20_000 });
  await admin.page.getByTestId('composer-input').fill('Já estou vendo isso');
  await agent.page.getByRole('status').filter({ hasText: 'is typing an answer' }).waitFor({ timeout: 10_000 });
  await screenshot(agent.page, 'colleague-typing', 'desktop');
  await expectAccessible(agent.page, 'a colleague typing');

  await admin.page.getByRole('link', { name: 'Inbox' }).click(); // the colleague leaves the conversation
  await agent.page.getByText(/Ada Acme (is typing|also has)/).waitFor({ state: 'detached', timeout: 10_000 });
  await admin.context.close(); // and signs off: no longer online
  await agent.page.getByRole('img', { name: /Ada Acme/ }).waitFor({ state: 'detached', timeout: 20_000 });
});
