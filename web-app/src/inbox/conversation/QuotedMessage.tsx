import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../api/types';

/** The message a reply answers, quoted above it (or a note that it is not loaded). */
export function QuotedMessage({ message, fallback }: { message: Message | null; fallback?: string }) {
  const { t } = useTranslation();
  const text =
    message?.text ?? (message ? t(`messageType.${message.type}`, { defaultValue: message.type }) : fallback);
  return (
    <Box
      mb={4}
      pl={6}
      py={2}
      style={{ borderLeft: '3px solid var(--mantine-color-teal-6)', background: 'var(--mantine-color-gray-0)' }}
      aria-label={t('message.quoted')}
    >
      {message && (
        <Text size="xs" fw={600}>
          {t(`sender.${message.sender}`, { defaultValue: message.sender })}
        </Text>
      )}
      <Text size="xs" lineClamp={2} c={text ? undefined : 'dimmed'}>
        {text ?? t('message.quotedUnavailable')}
      </Text>
    </Box>
  );
}
