import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { renderWithApp, agent } from '../test/render';
import { AppRoutes } from './AppRoutes';
import { axeViolations } from '../test/axe';
import type { Identity } from './roles';

vi.mock('../inbox/InboxPage', () => ({ default: () => <p>inbox-page</p> }));
vi.mock('../console/ConsolePage', () => ({ default: () => <p>console-page</p> }));
vi.mock('react-oidc-context', () => ({ useAuth: () => ({ signoutRedirect: vi.fn() }) }));

function at(path: string, identity: Identity) {
  return renderWithApp(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
    { identity },
  );
}

const platform: Identity = { ...agent, roles: ['platform-admin'], tenantId: null };
const stranger: Identity = { ...agent, roles: ['agent'], tenantId: null };

describe('routes by role', () => {
  it('lands an agent on the inbox', async () => {
    await at('/', agent);
    expect(await screen.findByText('inbox-page')).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('lands platform staff on the console and keeps them out of the inbox', async () => {
    await at('/inbox', platform);
    expect(await screen.findByText('console-page')).toBeInTheDocument();
  });

  it('keeps agents out of the console', async () => {
    await at('/console', agent);
    expect(await screen.findByText('inbox-page')).toBeInTheDocument();
  });

  it('tells a person without an organization, with a way to sign out', async () => {
    await at('/', stranger);
    expect(await screen.findByRole('heading', { name: 'Your account is not linked to a company' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('shows a not-found page for an unknown address', async () => {
    await at('/nowhere', agent);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
