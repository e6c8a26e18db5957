import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The platform staff's console (tenants, dashboard, operations) comes in the next part. */
export default function ConsolePage() {
  const { t } = useTranslation();
  return (
    <Stack p="xl" gap="sm" component="section" aria-labelledby="console-title">
      <Title id="console-title" order={1} size="h3">
        {t('console.title')}
      </Title>
      <Text>{t('console.placeholder')}</Text>
    </Stack>
  );
}
