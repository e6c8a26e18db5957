import { Badge, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../api/types';
import { splitRemaining, windowState } from '../model/window';

/** The 24-hour window of a Cloud API conversation: time left, or closed. Nothing for other numbers. */
export function WindowBadge({
  conversation,
  compact = false,
}: {
  conversation: Pick<Conversation, 'channel' | 'windowExpiresAt'>;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const state = windowState(conversation.channel, conversation.windowExpiresAt, now);
  if (!state.applies) return null;
  if (!state.open) {
    return (
      <Tooltip label={t('window.closedHelp')} disabled={compact}>
        <Badge size="xs" color="orange" variant="light">
          {t('window.closed')}
        </Badge>
      </Tooltip>
    );
  }
  const { hours, minutes } = splitRemaining(state.remainingMs);
  return (
    <Badge size="xs" color={hours < 2 ? 'orange' : 'gray'} variant="light">
      {hours > 0 ? t('window.leftHours', { hours, minutes }) : t('window.leftMinutes', { minutes })}
    </Badge>
  );
}
