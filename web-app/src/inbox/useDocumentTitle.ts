import { useEffect } from 'react';

/** "(3) Inbox" while three conversations wait unread. */
export function titleWithCount(base: string, unread: number): string {
  return unread > 0 ? `(${unread}) ${base}` : base;
}

export function useDocumentTitle(base: string, unread: number): void {
  useEffect(() => {
    document.title = titleWithCount(base, unread);
  }, [base, unread]);
}
