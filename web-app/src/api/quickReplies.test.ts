import { matchingQuickReplies, type QuickReply } from './quickReplies';

const reply = (shortcut: string): QuickReply => ({
  id: shortcut, shortcut, text: `text of ${shortcut}`, createdAt: '', updatedAt: '', createdBy: 'admin',
});
const replies = [reply('hello-night'), reply('hello'), reply('help'), reply('bye')];

describe('quick replies asked for by a draft', () => {
  it('lists those starting with what follows the slash, the exact one first', () => {
    expect(matchingQuickReplies('/hel', replies)?.map((r) => r.shortcut)).toEqual(['hello', 'hello-night', 'help']);
    expect(matchingQuickReplies('/HELLO', replies)?.map((r) => r.shortcut)).toEqual(['hello', 'hello-night']);
    expect(matchingQuickReplies('/', replies)).toHaveLength(4);
    expect(matchingQuickReplies('/zzz', replies)).toEqual([]);
  });

  it('is not asked for by a draft that is more than a slash and a shortcut', () => {
    expect(matchingQuickReplies('hello', replies)).toBeNull();
    expect(matchingQuickReplies('/hello there', replies)).toBeNull();
    expect(matchingQuickReplies(' /hello', replies)).toBeNull();
  });
});
