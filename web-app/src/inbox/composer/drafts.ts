/**
 * Unsent text per conversation (reply and note apart), kept in sessionStorage: it survives a reload, a lost
 * connection and a new sign-in in the same tab, and goes away with the tab.
 */
export type DraftMode = 'reply' | 'note';

const PREFIX = 'wa.draft.';

function key(conversationId: string, mode: DraftMode): string {
  return `${PREFIX}${mode}.${conversationId}`;
}

export function readDraft(conversationId: string, mode: DraftMode, storage: Storage = sessionStorage): string {
  try {
    return storage.getItem(key(conversationId, mode)) ?? '';
  } catch {
    return '';
  }
}

export function saveDraft(conversationId: string, mode: DraftMode, text: string, storage: Storage = sessionStorage): void {
  try {
    if (text.length === 0) storage.removeItem(key(conversationId, mode));
    else storage.setItem(key(conversationId, mode), text);
  } catch {
    // storage full or refused: the draft stays in the field
  }
}

export function clearDraft(conversationId: string, mode: DraftMode, storage: Storage = sessionStorage): void {
  saveDraft(conversationId, mode, '', storage);
}
