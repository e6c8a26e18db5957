import { screen } from '@testing-library/react';
import type { Tenant } from '../api/types';
import { useFormat } from '../i18n/format';
import { keys } from '../inbox/model/keys';
import { renderWithApp } from '../test/render';
import { CompanyTimeZone } from './CompanyTimeZone';

function LastSignIn() {
  const format = useFormat();
  return <p>{`${format.timeZone} ${format.time('2026-12-03T14:09:00Z')}`}</p>;
}

describe('company time zone', () => {
  it("gives every page below it the company's time zone, not the browser's", async () => {
    const tenant = { id: 't', settings: { timezone: 'Europe/Lisbon' } } as unknown as Tenant;
    await renderWithApp(
      <CompanyTimeZone>
        <LastSignIn />
      </CompanyTimeZone>,
      { seed: (client) => client.setQueryData(keys.tenant(), tenant) },
    );
    expect(await screen.findByText('Europe/Lisbon 02:09 PM')).toBeInTheDocument();
  });
});
