import { useQuery } from '@tanstack/react-query';
import type { components } from './generated/message';
import { api, unwrap } from './client';

/** A canned answer an agent inserts by typing `/` and its shortcut; managed by the company's admins. */
export type QuickReply = components['schemas']['QuickReplyView'];
export type QuickReplyMediaType = NonNullable<QuickReply['mediaType']>;
export interface QuickReplyContent {
  shortcut: string;
  text: string;
  mediaUrl?: string;
  mediaType?: QuickReplyMediaType;
}

export const quickReplyKeys = { all: () => ['quick-replies'] as const };

export async function listQuickReplies(): Promise<QuickReply[]> {
  return unwrap(api().GET('/api/quick-replies', { params: { query: { limit: 500 } } }));
}

export async function createQuickReply(body: QuickReplyContent): Promise<QuickReply> {
  return unwrap(api().POST('/api/quick-replies', { body }));
}

export async function replaceQuickReply(id: string, body: QuickReplyContent): Promise<QuickReply> {
  return unwrap(api().PUT('/api/quick-replies/{id}', { params: { path: { id } }, body }));
}

export async function deleteQuickReply(id: string): Promise<void> {
  await unwrap(api().DELETE('/api/quick-replies/{id}', { params: { path: { id } } }));
}

/** The company's quick replies (a few hundred at most), fetched once and kept for a while. */
export function useQuickReplies(enabled = true) {
  return useQuery({ queryKey: quickReplyKeys.all(), queryFn: listQuickReplies, staleTime: 5 * 60_000, enabled });
}

/**
 * The quick replies a draft asks for: a draft that is `/` and the start of a shortcut (nothing else) lists those
 * whose shortcut starts with it, best first (exact, then alphabetical); null when the draft is not such a request.
 */
export function matchingQuickReplies(draft: string, replies: readonly QuickReply[], max = 8): QuickReply[] | null {
  const request = /^\/([a-z0-9_-]*)$/i.exec(draft);
  if (!request) return null;
  const prefix = request[1]!.toLowerCase();
  return replies
    .filter((r) => r.shortcut.startsWith(prefix))
    .sort((a, b) => Number(b.shortcut === prefix) - Number(a.shortcut === prefix) || a.shortcut.localeCompare(b.shortcut))
    .slice(0, max);
}
