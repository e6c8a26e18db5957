import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, LANGUAGES, supported, type Language } from '../i18n';
import { useIdentity } from './IdentityContext';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const identity = useIdentity();
  return (
    <NativeSelect
      size="xs"
      aria-label={t('header.language')}
      value={supported(i18n.language) ?? 'en'}
      onChange={(e) => chooseLanguage(e.currentTarget.value as Language, identity.userId)}
      data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
    />
  );
}
