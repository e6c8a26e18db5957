import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useColleagues } from '../../api/activity';
import { useIdentity } from '../../app/IdentityContext';

/** Who else has this conversation open, and who is typing an answer: so that two agents do not both answer. */
export function Colleagues({ conversationId }: { conversationId: string }) {
  const { t, i18n } = useTranslation();
  const identity = useIdentity();
  const colleagues = useColleagues(conversationId, identity.userId);
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const typing = colleagues.filter((c) => c.typing).map((c) => c.name);
  const viewing = colleagues.filter((c) => !c.typing).map((c) => c.name);
  return (
    <Text size="xs" c={typing.length > 0 ? 'var(--mantine-color-orange-light-color)' : 'dimmed'} role="status" aria-live="polite" fw={typing.length > 0 ? 600 : 400}>
      {typing.length > 0 && t('activity.typing', { names: list.format(typing), count: typing.length })}
      {typing.length > 0 && viewing.length > 0 && ' · '}
      {viewing.length > 0 && t('activity.viewing', { names: list.format(viewing), count: viewing.length })}
    </Text>
  );
}
