import { Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function EmptyPane() {
  const { t } = useTranslation();
  return (
    <Center h="100%" p="md">
      <Stack align="center" gap={4}>
        <Text c="dimmed">{t('conversation.none')}</Text>
        <Text size="xs" c="dimmed">
          {t('shortcuts.hint')}
        </Text>
      </Stack>
    </Center>
  );
}
