import { act, screen } from '@testing-library/react';
import { setAppStatus } from '../api/appStatus';
import { renderWithApp } from '../test/render';
import { Banners } from './Banners';

describe('banners', () => {
  beforeEach(() => setAppStatus({ suspended: false, sessionExpired: false, online: true, live: 'open', liveClosedReason: null }));

  it('says the organization is suspended, in Portuguese', async () => {
    await renderWithApp(<Banners />, { language: 'pt-BR' });
    act(() => setAppStatus({ suspended: true }));
    expect(screen.getByRole('alert')).toHaveTextContent('A conta da sua empresa está suspensa');
  });

  it("gives the platform's reason for the suspension when there is one", async () => {
    await renderWithApp(<Banners />, { language: 'pt-BR' });
    act(() => setAppStatus({ suspended: true, suspendedReason: 'Fatura 12 em aberto' }));
    expect(screen.getByTestId('suspended-reason')).toHaveTextContent('Motivo informado: Fatura 12 em aberto');
  });

  it('shows only the suspension, not the server refusal in English, when the socket was refused for it', async () => {
    await renderWithApp(<Banners />, { language: 'pt-BR' });
    act(() => setAppStatus({ live: 'reconnecting', liveClosedReason: "Your organization's account is suspended", suspended: true }));
    expect(screen.getByRole('alert')).toHaveTextContent('atualizações ao vivo pausadas');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers to sign in again when the session ended', async () => {
    await renderWithApp(<Banners />);
    act(() => setAppStatus({ sessionExpired: true }));
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeInTheDocument();
  });

  it('says when offline, and when live updates are reconnecting', async () => {
    await renderWithApp(<Banners />);
    act(() => setAppStatus({ online: false }));
    expect(screen.getByRole('status')).toHaveTextContent(/offline/);
    act(() => setAppStatus({ online: true, live: 'reconnecting' }));
    expect(screen.getByRole('status')).toHaveTextContent(/reconnecting/);
  });
});
