import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ptBR from './pt-BR.json';

export const LANGUAGES = ['en', 'pt-BR'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language a person chose is remembered per user (key suffixed with their id), else the browser's. */
const STORAGE_PREFIX = 'wa.language';

export function storageKey(userId?: string): string {
  return userId ? `${STORAGE_PREFIX}.${userId}` : STORAGE_PREFIX;
}

export function supported(language: string | null | undefined): Language | null {
  if (!language) return null;
  if (language.toLowerCase().startsWith('pt')) return 'pt-BR';
  if (language.toLowerCase().startsWith('en')) return 'en';
  return null;
}

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, 'pt-BR': { translation: ptBR } },
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: false,
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: storageKey(),
      caches: [],
      convertDetectedLanguage: (lng: string) => supported(lng) ?? 'en',
    },
    returnNull: false,
  });

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

/** After sign-in: the person's remembered language, if any. */
export function applyUserLanguage(userId: string): void {
  const saved = supported(localStorage.getItem(storageKey(userId)));
  if (saved && saved !== i18n.language) void i18n.changeLanguage(saved);
}

export function chooseLanguage(language: Language, userId?: string): void {
  localStorage.setItem(storageKey(userId), language);
  localStorage.setItem(storageKey(), language);
  void i18n.changeLanguage(language);
}

export default i18n;
