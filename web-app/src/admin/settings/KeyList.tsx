import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortKeys, type ApiKey } from './api';
import { ApiKeyItem } from './ApiKeyItem';

const LIST = { listStyle: 'none', padding: 0, margin: 0 } as const;

/** The live keys, newest first; the revoked ones (history only: nothing can be done with them) on demand. */
export function KeyList({ keys, onRevoke }: { keys: readonly ApiKey[]; onRevoke: (key: ApiKey) => void }) {
  const { t } = useTranslation();
  const [showRevoked, setShowRevoked] = useState(false);
  const active = sortKeys(keys.filter((k) => !k.revokedAt));
  const revoked = sortKeys(keys.filter((k) => k.revokedAt));
  return (
    <>
      {active.length === 0 && <Text size="sm">{t(keys.length === 0 ? 'settings.apiKeys.none' : 'settings.apiKeys.noneActive')}</Text>}
      <Stack gap="xs" component="ul" aria-labelledby="api-keys-title" style={LIST}>
        {active.map((k) => (
          <ApiKeyItem key={k.id} apiKey={k} onRevoke={() => onRevoke(k)} />
        ))}
      </Stack>
      {revoked.length > 0 && (
        <Button
          variant="subtle"
          size="compact-sm"
          style={{ alignSelf: 'flex-start' }}
          aria-expanded={showRevoked}
          aria-controls="revoked-keys"
          onClick={() => setShowRevoked(!showRevoked)}
        >
          {showRevoked ? t('settings.apiKeys.hideRevoked') : t('settings.apiKeys.showRevoked', { count: revoked.length })}
        </Button>
      )}
      {showRevoked && (
        <Stack gap="xs" component="ul" id="revoked-keys" aria-label={t('settings.apiKeys.revoked')} style={LIST}>
          {revoked.map((k) => (
            <ApiKeyItem key={k.id} apiKey={k} onRevoke={() => onRevoke(k)} />
          ))}
        </Stack>
      )}
    </>
  );
}
