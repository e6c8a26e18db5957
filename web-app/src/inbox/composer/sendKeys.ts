/** Enter sends, Shift+Enter (or Enter while composing with an input method) makes a new line. */
export function isSendKey(e: { key: string; shiftKey: boolean; nativeEvent?: { isComposing?: boolean } }): boolean {
  return e.key === 'Enter' && !e.shiftKey && !e.nativeEvent?.isComposing;
}
