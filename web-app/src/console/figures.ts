import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** Counts and sizes in the person's language: 12,345 / 12.345; 1.5 GiB / 1,5 GiB (as the plan's quota is given). */
export function figures(locale: string) {
  const whole = new Intl.NumberFormat(locale);
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    count: (n: number | null | undefined) => (n === null || n === undefined ? '—' : whole.format(n)),
    bytes: (n: number | null | undefined) => {
      if (n === null || n === undefined) return '—';
      let value = n;
      let unit = 0;
      while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
      }
      return `${one.format(value)} ${UNITS[unit]}`;
    },
  };
}

export type Figures = ReturnType<typeof figures>;

export function useFigures(): Figures {
  const { i18n } = useTranslation();
  return useMemo(() => figures(i18n.language), [i18n.language]);
}
