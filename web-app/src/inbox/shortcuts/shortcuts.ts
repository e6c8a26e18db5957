/** The inbox's keyboard shortcuts (single keys, ignored while typing in a field). */
export type ShortcutAction = 'next' | 'previous' | 'resolve' | 'reply' | 'note' | 'help' | 'search';

export const SHORTCUTS: { key: string; action: ShortcutAction }[] = [
  { key: 'j', action: 'next' },
  { key: 'k', action: 'previous' },
  { key: 'e', action: 'resolve' },
  { key: 'r', action: 'reply' },
  { key: 'n', action: 'note' },
  { key: '/', action: 'search' },
  { key: '?', action: 'help' },
];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return target.isContentEditable || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return null;
  return SHORTCUTS.find((s) => s.key === e.key)?.action ?? null;
}
