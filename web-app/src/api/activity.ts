import { useEffect, useState, useSyncExternalStore } from 'react';

/** What another agent is doing in a conversation, as realtime-service relays it. */
export interface ActivityFrame {
  type: 'activity';
  activity: 'viewing' | 'typing' | 'left';
  userId: string;
  name: string;
  conversationId: string;
}

export interface Colleague {
  userId: string;
  name: string;
  typing: boolean;
}

/** How long a signal holds without being repeated (the app repeats viewing every 20 s, typing every 3 s). */
const HOLD_MS = { viewing: 45_000, typing: 6_000 } as const;

interface Entry {
  name: string;
  viewingUntil: number;
  typingUntil: number;
}

let byConversation = new Map<string, Map<string, Entry>>();
let version = 0;
const listeners = new Set<() => void>();

function changed(): void {
  version++;
  listeners.forEach((l) => l());
}

/** Records a relayed activity frame. */
export function applyActivity(frame: ActivityFrame, now = Date.now()): void {
  const users = byConversation.get(frame.conversationId) ?? new Map<string, Entry>();
  if (frame.activity === 'left') {
    users.delete(frame.userId);
  } else {
    const entry = users.get(frame.userId) ?? { name: frame.name, viewingUntil: 0, typingUntil: 0 };
    entry.name = frame.name;
    entry.viewingUntil = now + HOLD_MS.viewing; // typing in it means viewing it too
    if (frame.activity === 'typing') entry.typingUntil = now + HOLD_MS.typing;
    users.set(frame.userId, entry);
  }
  byConversation.set(frame.conversationId, users);
  changed();
}

/** Who else is in the conversation now (not `self`), typing first. */
export function colleaguesIn(conversationId: string, self: string, now = Date.now()): Colleague[] {
  const users = byConversation.get(conversationId);
  if (!users) return [];
  const found: Colleague[] = [];
  users.forEach((entry, userId) => {
    if (userId !== self && entry.viewingUntil > now) {
      found.push({ userId, name: entry.name, typing: entry.typingUntil > now });
    }
  });
  return found.sort((a, b) => Number(b.typing) - Number(a.typing) || a.name.localeCompare(b.name));
}

/** Forgets everything (tests). */
export function resetActivity(): void {
  byConversation = new Map();
  changed();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The colleagues in a conversation, updated live and as their signals expire. */
export function useColleagues(conversationId: string, self: string): Colleague[] {
  useSyncExternalStore(subscribe, () => version);
  const [, tick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 1_000);
    return () => clearInterval(timer);
  }, []);
  return colleaguesIn(conversationId, self);
}
