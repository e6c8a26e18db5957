import { act, screen } from '@testing-library/react';
import { applyActivity, resetActivity } from '../../api/activity';
import { renderWithApp } from '../../test/render';
import { Colleagues } from './Colleagues';

describe('colleagues line', () => {
  beforeEach(() => resetActivity());

  it('says in Portuguese who is typing and who also has the conversation open', async () => {
    await renderWithApp(<Colleagues conversationId="c1" />, { language: 'pt-BR' });
    expect(screen.getByRole('status')).toHaveTextContent('');
    act(() => {
      applyActivity({ type: 'activity', activity: 'typing', userId: 'u1', name: 'Ana', conversationId: 'c1' });
      applyActivity({ type: 'activity', activity: 'viewing', userId: 'u2', name: 'Bruno', conversationId: 'c1' });
      applyActivity({ type: 'activity', activity: 'viewing', userId: 'u3', name: 'Carla', conversationId: 'c1' });
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Ana está digitando uma resposta… · Bruno e Carla também estão com esta conversa aberta',
    );
  });
});
