import { Alert, Button, Center, MantineProvider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { theme } from '../ui/theme';

/** config.json could not be read: nothing else can start. */
export function ConfigErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <MantineProvider theme={theme}>
      <Center h="100vh" p="md">
        <Stack maw={480}>
          <Alert color="red" title={t('config.failedTitle')} role="alert">
            <Text size="sm">{t('config.failedBody')}</Text>
            <Text size="xs" c="dimmed" mt="xs">
              {error instanceof Error ? error.message : String(error)}
            </Text>
          </Alert>
          <Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    </MantineProvider>
  );
}
