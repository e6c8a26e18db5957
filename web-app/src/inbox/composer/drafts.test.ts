import { clearDraft, readDraft, saveDraft } from './drafts';
import { isSendKey } from './sendKeys';

describe('drafts', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps a draft per conversation and per mode', () => {
    saveDraft('c1', 'reply', 'hello');
    saveDraft('c1', 'note', 'call back');
    saveDraft('c2', 'reply', 'other');
    expect(readDraft('c1', 'reply')).toBe('hello');
    expect(readDraft('c1', 'note')).toBe('call back');
    expect(readDraft('c2', 'reply')).toBe('other');
    clearDraft('c1', 'reply');
    expect(readDraft('c1', 'reply')).toBe('');
  });
});

describe('send key', () => {
  it('sends on Enter, not on Shift+Enter or while composing', () => {
    expect(isSendKey({ key: 'Enter', shiftKey: false })).toBe(true);
    expect(isSendKey({ key: 'Enter', shiftKey: true })).toBe(false);
    expect(isSendKey({ key: 'Enter', shiftKey: false, nativeEvent: { isComposing: true } })).toBe(false);
    expect(isSendKey({ key: 'a', shiftKey: false })).toBe(false);
  });
});
