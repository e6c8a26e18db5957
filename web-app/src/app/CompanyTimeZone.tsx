import type { ReactNode } from 'react';
import { useTenant } from '../inbox/useTenant';
import { browserTimeZone, TimeZoneContext, validTimeZone } from '../i18n/format';

/** Dates and times of every page in the company's time zone (its settings), else the browser's. */
export function CompanyTimeZone({ children }: { children: ReactNode }) {
  const tenant = useTenant();
  const timeZone = validTimeZone(tenant.data?.settings?.timezone) ?? browserTimeZone();
  return <TimeZoneContext.Provider value={timeZone}>{children}</TimeZoneContext.Provider>;
}
