import { ActionIcon, Box, Group, Paper, Text, Tooltip } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../api/types';
import { useFormat } from '../../i18n/format';
import { readContent } from '../model/content';
import { MessageBody } from './MessageBody';
import { Ticks } from './Ticks';
import { QuotedMessage } from './QuotedMessage';

export interface MessageBubbleProps {
  message: Message;
  quoted: Message | null;
  /** Offered only when the API can send a reply that quotes (see OUTBOUND_REPLIES). */
  onReply?: (message: Message) => void;
}

const COLORS: Record<string, string> = {
  CUSTOMER: 'var(--mantine-color-body)',
  AGENT: 'var(--mantine-color-teal-0)',
  BOT: 'var(--mantine-color-violet-0)',
  PHONE: 'var(--mantine-color-gray-1)',
};

/** One message: who sent it, what it says, when, its delivery, the message it answers and its reaction. */
export const MessageBubble = memo(function MessageBubble({ message, quoted, onReply }: MessageBubbleProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const outbound = message.direction === 'OUTBOUND';
  const content = readContent(message);
  const sender = message.senderName ?? t(`sender.${message.sender}`, { defaultValue: message.sender });
  return (
    <Group justify={outbound ? 'flex-end' : 'flex-start'} px="sm" py={3} wrap="nowrap" data-message-id={message.id}>
      <Box maw="min(560px, 85%)" pos="relative">
        <Paper
          withBorder
          px="sm"
          py={6}
          radius="md"
          style={{ background: COLORS[message.sender] ?? COLORS['CUSTOMER'] }}
          component="article"
          aria-label={t('message.label', { sender, time: format.dateTime(message.createdAt) })}
        >
          {message.sender !== 'CUSTOMER' && (
            <Text size="xs" fw={600} c="dimmed">
              {sender}
            </Text>
          )}
          {(message.replyToMessageId || message.replyTo) && (
            <QuotedMessage message={quoted} fallback={content.quotedText} />
          )}
          <MessageBody message={message} content={content} />
          <Group gap={6} justify="flex-end" mt={2} wrap="nowrap">
            <Text size="xs" c="dimmed">
              <time dateTime={message.createdAt}>{format.time(message.createdAt)}</time>
            </Text>
            {outbound && <Ticks message={message} />}
            {onReply && (
              <Tooltip label={t('message.reply')}>
                <ActionIcon
                  size="xs"
                  variant="subtle"
                  color="gray"
                  aria-label={t('message.replyTo', { sender })}
                  onClick={() => onReply(message)}
                >
                  ↩
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        </Paper>
        {message.reaction && (
          <Text
            component="span"
            size="sm"
            pos="absolute"
            bottom={-10}
            left={outbound ? undefined : 8}
            right={outbound ? 8 : undefined}
            bg="var(--mantine-color-body)"
            px={4}
            style={{ borderRadius: 10, border: '1px solid var(--mantine-color-gray-3)' }}
            aria-label={t('message.reaction', { emoji: message.reaction })}
          >
            {message.reaction}
          </Text>
        )}
      </Box>
    </Group>
  );
});
