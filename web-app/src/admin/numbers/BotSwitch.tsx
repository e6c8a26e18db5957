import { Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Connection } from '../../api/types';
import { useTenant } from '../../inbox/useTenant';
import type { NumberActions } from './useNumberActions';

type Bot = 'DEFAULT' | 'ON' | 'OFF';

/** Whether the company's bot answers first on this number: as the company's setting says, or always, or never. */
export function BotSwitch({ connection, actions }: { connection: Connection; actions: NumberActions }) {
  const { t } = useTranslation();
  const tenant = useTenant().data;
  const bot: Bot = (connection.bot as Bot | null) ?? 'DEFAULT';
  const companyBot = tenant?.settings?.botEnabled ? 'on' : 'off';
  const on = bot === 'ON' || (bot === 'DEFAULT' && companyBot === 'on');
  const effect = !on ? 'people' : tenant?.settings?.automationWebhookUrl ? 'bot' : 'noUrl';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="number-bot-title">
      <Stack gap="xs">
        <Title id="number-bot-title" order={2} size="h4">
          {t('numbers.bot.title')}
        </Title>
        <Radio.Group
          value={bot}
          onChange={(value) => actions.update.mutate({ bot: value as Bot })}
          aria-labelledby="number-bot-title"
        >
          <Group gap="md">
            <Radio value="DEFAULT" disabled={actions.update.isPending}
              label={t('numbers.bot.DEFAULT', { state: t(`numbers.bot.${companyBot}`) })} />
            <Radio value="ON" disabled={actions.update.isPending} label={t('numbers.bot.ON')} />
            <Radio value="OFF" disabled={actions.update.isPending} label={t('numbers.bot.OFF')} />
          </Group>
        </Radio.Group>
        <Text size="sm" c="dimmed" data-testid="number-bot-effect">
          {t(`numbers.bot.effect.${effect}`)}
        </Text>
      </Stack>
    </Paper>
  );
}
