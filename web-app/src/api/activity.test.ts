import { applyActivity, colleaguesIn, resetActivity } from './activity';

const frame = (userId: string, activity: 'viewing' | 'typing' | 'left', conversationId = 'c1') => ({
  type: 'activity' as const,
  activity,
  userId,
  name: userId === 'u1' ? 'Ana' : 'Bruno',
  conversationId,
});

describe('colleagues in a conversation', () => {
  beforeEach(() => resetActivity());

  it('shows who views and who types, never oneself, and forgets them when they leave', () => {
    applyActivity(frame('u1', 'viewing'), 0);
    applyActivity(frame('u2', 'typing'), 0);
    applyActivity(frame('me', 'viewing'), 0);
    expect(colleaguesIn('c1', 'me', 1_000)).toEqual([
      { userId: 'u2', name: 'Bruno', typing: true },
      { userId: 'u1', name: 'Ana', typing: false },
    ]);
    expect(colleaguesIn('c2', 'me', 1_000)).toEqual([]);
    applyActivity(frame('u1', 'left'), 2_000);
    expect(colleaguesIn('c1', 'me', 2_000).map((c) => c.userId)).toEqual(['u2']);
  });

  it('lets the signals expire unless repeated: typing after 6 s, viewing after 45 s', () => {
    applyActivity(frame('u2', 'typing'), 0);
    expect(colleaguesIn('c1', 'me', 7_000)).toEqual([{ userId: 'u2', name: 'Bruno', typing: false }]);
    expect(colleaguesIn('c1', 'me', 46_000)).toEqual([]);
  });
});
