import { Avatar, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIdentity } from '../../app/IdentityContext';
import { useOnlineColleagues } from '../../api/presence';

const SHOWN = 3;

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** The tenant's other people online now (live): a few faces and how many more, every name in the label. */
export function OnlineNow() {
  const { t, i18n } = useTranslation();
  const identity = useIdentity();
  const colleagues = useOnlineColleagues(identity.userId);
  if (colleagues.length === 0) return null;
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    colleagues.map((c) => (c.role === 'tenant-admin' ? `${c.name} (${t('presence.admin')})` : c.name)),
  );
  const label = t('presence.online', { count: colleagues.length, names });
  return (
    <Tooltip label={label} multiline maw={280}>
      <Avatar.Group spacing="xs" role="img" aria-label={label} tabIndex={0}>
        {colleagues.slice(0, SHOWN).map((c) => (
          <Avatar key={c.userId} size="sm" radius="xl" color="teal" aria-hidden="true">
            {initials(c.name)}
          </Avatar>
        ))}
        {colleagues.length > SHOWN && (
          <Avatar size="sm" radius="xl" aria-hidden="true">
            +{colleagues.length - SHOWN}
          </Avatar>
        )}
      </Avatar.Group>
    </Tooltip>
  );
}
