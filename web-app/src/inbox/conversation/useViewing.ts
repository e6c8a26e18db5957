import { useEffect } from 'react';
import { sendActivity } from '../../api/live';

/** While a conversation is open, its tenant's other agents are told (again every 20 s), and when it is left. */
export function useViewing(conversationId: string): void {
  useEffect(() => {
    sendActivity('viewing', conversationId);
    const timer = setInterval(() => sendActivity('viewing', conversationId), 20_000);
    return () => {
      clearInterval(timer);
      sendActivity('left', conversationId);
    };
  }, [conversationId]);
}
