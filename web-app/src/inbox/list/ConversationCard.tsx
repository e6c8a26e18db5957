import { Badge, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../api/types';
import { useFormat } from '../../i18n/format';
import { WindowBadge } from '../conversation/WindowBadge';
import classes from './ConversationCard.module.css';

export interface ConversationCardProps {
  conversation: Conversation;
  selected: boolean;
  onOpen: (id: string) => void;
}

export function contactTitle(conversation: Pick<Conversation, 'contact'>, unknown: string): string {
  return conversation.contact?.name || (conversation.contact?.waId ? `+${conversation.contact.waId}` : unknown);
}

/** One conversation in the list: who, when, unread, bot, window, labels. */
export function ConversationCard({ conversation, selected, onOpen }: ConversationCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = contactTitle(conversation, t('contact.unknown'));
  const unread = conversation.unreadCount;
  return (
    <UnstyledButton
      className={classes.card}
      data-selected={selected || undefined}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onOpen(conversation.id)}
    >
      <Stack gap={2}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={unread > 0 ? 700 : 500} size="sm" truncate>
            {title}
          </Text>
          {conversation.lastMessageAt && (
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {format.short(conversation.lastMessageAt)}
            </Text>
          )}
        </Group>
        <Group gap={4} wrap="wrap">
          {conversation.owner === 'BOT' && (
            <Badge size="xs" color="violet" variant="light">
              {t('conversation.bot')}
            </Badge>
          )}
          {conversation.status !== 'OPEN' && (
            <Badge size="xs" color="gray" variant="light">
              {t(`status.${conversation.status}`)}
            </Badge>
          )}
          <WindowBadge conversation={conversation} compact />
          {conversation.labels.slice(0, 3).map((label) => (
            <Badge key={label} size="xs" variant="outline" color="gray">
              {label}
            </Badge>
          ))}
          {unread > 0 && (
            <Badge size="sm" circle={unread < 10} color="teal" ml="auto">
              <span aria-hidden>{unread > 99 ? '99+' : unread}</span>
              <VisuallyHidden>{t('list.unread', { count: unread })}</VisuallyHidden>
            </Badge>
          )}
        </Group>
      </Stack>
    </UnstyledButton>
  );
}
