import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../api/types';
import { describeProblem } from '../../api/problem';
import { useFormat } from '../../i18n/format';
import { listNotes, OUTBOUND_REPLIES } from '../api';
import { keys } from '../model/keys';
import { buildTimeline, quotedLookup } from '../model/timeline';
import { DaySeparator } from './DaySeparator';
import { MessageBubble } from './MessageBubble';
import { NoteBubble } from './NoteBubble';
import { useMessages } from './useMessages';

export interface MessageTimelineProps {
  conversationId: string;
  onReply: (message: Message) => void;
}

/** The conversation's messages and notes; older ones load when scrolled to the top, new ones keep it at the bottom. */
export function MessageTimeline({ conversationId, onReply }: MessageTimelineProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const messages = useMessages(conversationId);
  const notes = useQuery({ queryKey: keys.notes(conversationId), queryFn: () => listNotes(conversationId) });
  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const prependAnchor = useRef<number | null>(null);

  const list = messages.data?.messages;
  const items = useMemo(
    () => buildTimeline(list ?? [], notes.data ?? [], format.timeZone, !messages.hasOlder),
    [list, notes.data, format.timeZone, messages.hasOlder],
  );
  const quoted = useMemo(() => quotedLookup(list ?? []), [list]);

  const { fetchOlder, hasOlder, loadingOlder } = messages;
  const loadOlder = useCallback(() => {
    if (scroller.current) prependAnchor.current = scroller.current.scrollHeight - scroller.current.scrollTop;
    void fetchOlder();
  }, [fetchOlder]);

  // keep the place when older messages are put above; follow new ones when already at the bottom
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (prependAnchor.current !== null && !loadingOlder) {
      el.scrollTop = el.scrollHeight - prependAnchor.current;
      prependAnchor.current = null;
    } else if (stick.current) {
      el.scrollTop = el.scrollHeight;
    }
  }, [items, loadingOlder]);

  useEffect(() => {
    stick.current = true;
  }, [conversationId]);

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasOlder || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !loadingOlder) loadOlder();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasOlder, loadingOlder, loadOlder]);

  if (messages.isLoading) {
    return (
      <Center h="100%">
        <Loader size="sm" role="status" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (messages.error) {
    return (
      <Alert color="red" m="sm" role="alert" title={describeProblem(messages.error, t).message}>
        <Button size="xs" mt="xs" onClick={() => void messages.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  return (
    <div
      ref={scroller}
      style={{ height: '100%', overflowY: 'auto', paddingBottom: 12 }}
      onScroll={(e) => {
        const el = e.currentTarget;
        stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
      }}
      role="log"
      aria-label={t('conversation.messages')}
      aria-live="polite"
      aria-relevant="additions"
      tabIndex={0}
      data-testid="message-timeline"
    >
      <div ref={sentinel} />
      {hasOlder ? (
        <Center py="xs">
          <Button size="compact-xs" variant="subtle" onClick={loadOlder} loading={loadingOlder}>
            {t('conversation.loadOlder')}
          </Button>
        </Center>
      ) : (
        <Text size="xs" c="dimmed" ta="center" py="xs">
          {t('conversation.start')}
        </Text>
      )}
      {messages.olderError != null && (
        <Text size="xs" c="red.8" ta="center" role="alert">
          {describeProblem(messages.olderError, t).message}
        </Text>
      )}
      {items.map((item) => {
        switch (item.kind) {
          case 'day':
            return <DaySeparator key={item.key} label={format.day(item.at)} />;
          case 'note':
            return <NoteBubble key={item.key} note={item.note} />;
          default:
            return (
              <MessageBubble key={item.key} message={item.message} quoted={quoted(item.message)} onReply={OUTBOUND_REPLIES ? onReply : undefined} />
            );
        }
      })}
    </div>
  );
}
