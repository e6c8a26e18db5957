import { act, screen } from '@testing-library/react';
import { applyPresence, resetPresence } from '../../api/presence';
import { axeViolations } from '../../test/axe';
import { renderWithApp } from '../../test/render';
import { OnlineNow } from './OnlineNow';

describe('who is online', () => {
  beforeEach(() => resetPresence());

  it('names the other people of the tenant online, in Portuguese, live, and is accessible', async () => {
    await renderWithApp(<OnlineNow />, { language: 'pt-BR' });
    expect(screen.queryByRole('img')).toBeNull();
    act(() =>
      applyPresence({
        type: 'presence',
        online: [
          { userId: 'me', name: 'Eu', role: 'agent' },
          { userId: 'u1', name: 'Ana Souza', role: 'tenant-admin' },
          { userId: 'u2', name: 'Bruno', role: 'agent' },
        ],
      }),
    );
    expect(screen.getByRole('img')).toHaveAccessibleName('2 colegas online: Ana Souza (admin) e Bruno');
    expect(screen.getByText('AS')).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
    act(() => applyPresence({ type: 'presence', online: [{ userId: 'me', name: 'Eu', role: 'agent' }] }));
    expect(screen.queryByRole('img')).toBeNull();
  });
});
