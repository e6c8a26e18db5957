// A company's admin invites a new agent by e-mail from Admin → Team; the invitation arrives at the local mail server
// (GreenMail), its link lets the agent choose a password on Keycloak's page, and the agent signs in to the company's
// inbox. Then the admin sends a password reset e-mail and disables the agent again (their seat is freed).
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, test } from 'node:test';
import {
  KEYCLOAK, SIZES, api, connectNumber, eventually, expectAccessible, launch, openConversation, randomCustomer,
  screenshot, signIn, token,
} from './support.mjs';

/** GreenMail's mailbox API (./stack browser-tests sets MAIL_URL). */
const MAIL = (process.env.MAIL_URL ?? 'http://127.0.0.1:8025').replace(/\/$/, '');
const INVITED = 'Invited — has not chosen a password yet';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

/** The mails the local mail server holds for an address, oldest first. */
async function mailTo(address) {
  const response = await fetch(`${MAIL}/api/user/${encodeURIComponent(address)}/messages/INBOX`);
  if (response.status === 400) return []; // GreenMail knows an address from its first mail on ("User … not found")
  assert.equal(response.status, 200, `GreenMail's mailbox of ${address}`);
  return response.json();
}

/** The link of a mail from Keycloak to choose a password (its HTML part is quoted-printable). */
function actionLink(mail) {
  const text = mail.mimeMessage.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
  const link = /https?:\/\/[^\s"<>]+\/login-actions\/action-token\?key=[\w.-]+/.exec(text)?.[0];
  assert.ok(link, `a link to choose a password in "${mail.subject}"`);
  return link;
}

/** Admin → Team, as an admin finds it, once the list is there. */
async function openTeam(page, { admin = 'Admin', team = 'Team' } = {}) {
  await page.getByRole('banner').getByRole('link', { name: admin }).click();
  await page.getByRole('link', { name: team, exact: true }).click();
  await page.getByTestId('team-seats').waitFor({ timeout: 20_000 });
}

const seatsUsed = async (page) => Number(/\d+/.exec((await page.getByTestId('team-seats').textContent()) ?? '')?.[0]);

test('an admin invites an agent by e-mail, who chooses a password through the link and answers in the inbox', async () => {
  const username = `invited-${randomInt(10_000_000, 99_999_999)}`;
  const email = `${username}@invited.example`;
  const name = `Iris ${username.slice(-4)}`;
  const chosen = `Chosen-${randomInt(10_000_000, 99_999_999)}-pw`;
  // a conversation of acme's, for the new agent to find in the inbox
  const number = await connectNumber('acme-admin');
  const customer = randomCustomer();
  const customerName = `Cliente Convite ${customer.slice(-4)}`;
  await number.customerWrites(`+${customer}`, customerName, 'Bom dia, alguém pode me atender?');

  try {
    const { page } = await signIn(browser, 'acme-admin');
    await openTeam(page);
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    const before = await seatsUsed(page);

    await page.getByRole('button', { name: 'Invite someone' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite someone' });
    await dialog.getByRole('textbox', { name: 'First name' }).fill('Iris');
    await dialog.getByRole('textbox', { name: 'Last name' }).fill(username.slice(-4));
    await dialog.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await dialog.getByRole('textbox', { name: 'Username' }).fill(username);
    assert.ok(await dialog.getByRole('radio', { name: 'Invite by e-mail' }).isChecked(), 'invited by e-mail by default');
    assert.ok(await dialog.getByRole('radio', { name: 'Agent' }).isChecked(), 'an agent by default');
    await screenshot(page, 'team-invite', 'desktop');
    await expectAccessible(page, 'the invitation form');
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();

    await page.getByRole('status').filter({ hasText: `Invitation sent to ${name} (${email})` }).waitFor({ timeout: 20_000 });
    const row = page.getByTestId('team-person').filter({ hasText: username });
    await row.getByText(INVITED).waitFor();
    assert.equal(await row.getByTestId('person-role').textContent(), 'Agent');
    await eventually('the invited agent takes a seat', async () => (await seatsUsed(page)) === before + 1);
    await screenshot(page, 'team', 'desktop');
    await expectAccessible(page, 'the team page');

    // the team on a phone, in English and in Portuguese, with the invitation pending
    const phone = await signIn(browser, 'acme-admin', { size: 'phone' });
    await openTeam(phone.page);
    const phoneRow = phone.page.getByTestId('team-person').filter({ hasText: username });
    await phoneRow.getByText(INVITED).waitFor();
    await screenshot(phone.page, 'team', 'phone');
    await expectAccessible(phone.page, 'the team page on a phone');
    assert.ok(await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling on a phone');
    // someone invited: the menu offers the invitation again, rather than a password reset
    await phoneRow.getByRole('button', { name: `Manage ${name}` }).click();
    await phone.page.getByRole('menuitem', { name: 'Send the invitation again' }).waitFor();
    await screenshot(phone.page, 'team-menu', 'phone');
    await expectAccessible(phone.page, "an invited person's menu on a phone");
    await phone.page.keyboard.press('Escape');
    await phone.context.close();
    const portuguese = await signIn(browser, 'acme-admin', { size: 'phone', locale: 'pt-BR' });
    await openTeam(portuguese.page, { admin: 'Administração', team: 'Equipe' });
    await portuguese.page.getByText('Convite pendente — ainda não escolheu uma senha').first().waitFor();
    await screenshot(portuguese.page, 'team-pt-BR', 'phone');
    await portuguese.page.getByRole('button', { name: 'Convidar alguém' }).click();
    await portuguese.page.getByRole('dialog', { name: 'Convidar alguém' }).getByRole('radio', { name: 'Definir uma senha temporária' }).check();
    await screenshot(portuguese.page, 'team-invite-pt-BR', 'phone');
    await expectAccessible(portuguese.page, 'the invitation form in Portuguese on a phone');
    await portuguese.context.close();

    // the invitation, as Keycloak sent it through the mail server: a link to Keycloak's page to choose a password
    let invitation;
    await eventually(`the invitation in ${email}'s mailbox`, async () => {
      [invitation] = await mailTo(email);
      return Boolean(invitation);
    }, 30_000);
    const link = actionLink(invitation);
    assert.ok(link.startsWith(`${KEYCLOAK}/realms/wa/login-actions/`), `the link goes to Keycloak at ${KEYCLOAK}: ${link.slice(0, 80)}…`);
    const mailReader = await browser.newContext({ viewport: SIZES.phone, locale: 'en-US' });
    const choose = await mailReader.newPage();
    await choose.goto(link);
    await choose.getByRole('link', { name: /Click here to proceed/ }).click(); // Keycloak names the action first
    await choose.locator('#password-new').fill(chosen);
    await choose.locator('#password-confirm').fill(chosen);
    await screenshot(choose, 'team-invitation-keycloak', 'phone');
    await choose.locator('[type=submit]').first().click();
    await choose.getByRole('heading', { name: /account has been updated/i }).waitFor({ timeout: 20_000 });
    await mailReader.close();

    // the new agent signs in with the password they chose and works in acme's inbox
    const agent = await signIn(browser, username, { password: chosen });
    await agent.page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await openConversation(agent.page, customerName);
    await agent.page.getByText('Bom dia, alguém pode me atender?').waitFor();
    await agent.context.close();

    // the admin sees the invitation accepted, sends a password reset e-mail, then disables the agent
    await page.getByRole('link', { name: 'Numbers' }).click();
    await openTeam(page);
    await row.getByText(INVITED).waitFor({ state: 'detached', timeout: 10_000 });
    await row.getByRole('button', { name: `Manage ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Send a password reset e-mail' }).click();
    await row.getByRole('status').filter({ hasText: `A password reset e-mail is on its way to ${email}.` }).waitFor({ timeout: 20_000 });
    await eventually('the password reset e-mail in the mailbox', async () => (await mailTo(email)).length === 2, 30_000);

    await row.getByRole('button', { name: `Manage ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    const confirm = page.getByRole('dialog', { name: `Disable ${name}?` });
    await confirm.getByRole('button', { name: 'Disable' }).click();
    await row.getByRole('status').filter({ hasText: `${name} was disabled and signed out.` }).waitFor({ timeout: 20_000 });
    assert.equal(await row.getByTestId('person-status').textContent(), 'Disabled');
    await eventually('the disabled agent frees their seat', async () => (await seatsUsed(page)) === before);
    // and can no longer sign in
    const refused = await fetch(`${KEYCLOAK}/realms/wa/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', client_id: 'web-app', username, password: chosen }),
    });
    assert.notEqual(refused.status, 200, 'a disabled agent gets no token');
  } finally {
    await disableIfEnabled(username);
  }
});

/** Leaves no enabled test user behind (each holds one of acme's seats), whatever failed. */
async function disableIfEnabled(username) {
  const admin = await token('acme-admin');
  const people = await api('/api/tenant/agents', { token: admin });
  const person = people.find((p) => p.username === username);
  if (person?.enabled) await api(`/api/tenant/agents/${person.id}`, { method: 'PATCH', token: admin, body: { enabled: false } });
}
