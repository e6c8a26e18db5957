import { titleWithCount } from '../useDocumentTitle';
import { shortcutFor } from './shortcuts';

const key = (k: string, target: EventTarget | null = document.body, extra = {}) =>
  shortcutFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, target, ...extra });

describe('keyboard shortcuts', () => {
  it('maps single keys to actions', () => {
    expect(key('j')).toBe('next');
    expect(key('k')).toBe('previous');
    expect(key('e')).toBe('resolve');
    expect(key('r')).toBe('reply');
    expect(key('n')).toBe('note');
    expect(key('?')).toBe('help');
    expect(key('x')).toBeNull();
  });

  it('stays out of the way while typing or with modifiers', () => {
    expect(key('j', document.createElement('textarea'))).toBeNull();
    expect(key('j', document.createElement('input'))).toBeNull();
    expect(key('j', document.body, { ctrlKey: true })).toBeNull();
  });

  it('puts the unread count in the page title', () => {
    expect(titleWithCount('Inbox', 3)).toBe('(3) Inbox');
    expect(titleWithCount('Inbox', 0)).toBe('Inbox');
  });
});
