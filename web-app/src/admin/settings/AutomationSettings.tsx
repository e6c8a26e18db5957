import { Alert, Divider, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../ui/FormFooter';
import type { Tenant } from '../../api/types';
import { Done } from './Done';
import { settingsProblem } from './problems';
import { SigningSecret } from './SigningSecret';
import { TestDelivery } from './TestDelivery';
import { useSaveSettings } from './useSettingsActions';

const FIELDS = ['automationWebhookUrl', 'botEnabled'] as const;

/**
 * The bot: where customers' messages are sent (the automation's webhook, n8n for instance) and whether new
 * conversations start with it; then the secret its requests are signed with.
 */
export function AutomationSettings({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState(tenant.settings?.automationWebhookUrl ?? '');
  const [bot, setBot] = useState(tenant.settings?.botEnabled ?? false);
  const save = useSaveSettings();
  const [saved, setSaved] = useState(false);
  const problem = save.isError ? settingsProblem(save.error, t, FIELDS) : null;
  const fieldErrors = problem?.fieldErrors ?? {};
  const savedSettings = tenant.settings;
  const unanswered = Boolean(savedSettings?.botEnabled && !savedSettings.automationWebhookUrl);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    // an empty URL removes it
    save.mutate({ automationWebhookUrl: url.trim(), botEnabled: bot }, { onSuccess: () => setSaved(true) });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="automation-title">
      <Stack gap="sm">
        <div>
          <Title id="automation-title" order={2} size="h4">
            {t('settings.automation.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.automation.intro')}
          </Text>
        </div>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t('settings.automation.url')}
              description={t('settings.automation.urlHelp')}
              placeholder={t('settings.automation.urlPlaceholder')}
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              error={fieldErrors['automationWebhookUrl']}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              maxLength={2048}
              data-testid="automation-url"
            />
            <Switch
              checked={bot}
              onChange={(e) => setBot(e.currentTarget.checked)}
              label={t('settings.automation.bot')}
              description={t('settings.automation.botHelp')}
              error={fieldErrors['botEnabled']}
            />
            {unanswered && (
              <Alert color="orange" p="xs" data-testid="bot-without-url">
                {t('settings.automation.noUrl')}
              </Alert>
            )}
            <FormFooter
              problem={problem}
              saving={save.isPending}
              status={saved && <Done text={t('settings.saved')} onClose={() => setSaved(false)} />}
            />
          </Stack>
        </form>
        <TestDelivery savedUrl={savedSettings?.automationWebhookUrl} />
        <Divider />
        <SigningSecret />
      </Stack>
    </Paper>
  );
}
