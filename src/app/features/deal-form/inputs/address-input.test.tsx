import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import type { AddressFormValue } from '../../../../model/field-types/address';
import type { FormField } from '../../../../model/form-definitions';
import { countriesFor } from '../countries';
import { FieldView } from '../field-control';
import { matchCountries } from './country-combobox';

const site: FormField = {
  key: 'installSite',
  label: 'Install site',
  description: null,
  valueType: 'ADDRESS',
  required: false,
  options: [],
  currency: null,
  multipleValues: false,
  handleService: null,
};

const empty: AddressFormValue = {
  street: '',
  street2: '',
  city: '',
  state: '',
  postalCode: '',
  country: '',
};

const seen: AddressFormValue[] = [];

function Harness({ locale, initial = empty }: { locale: string; initial?: AddressFormValue }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <FieldView<'ADDRESS'>
        field={site}
        value={value}
        onChange={(next) => {
          seen.push(next);
          setValue(next);
        }}
        onBlur={() => {}}
        focusRef={() => {}}
        error={undefined}
        locale={locale}
      />
      <button type="button">Elsewhere</button>
    </>
  );
}

const lastCountry = () => seen.at(-1)?.country;

describe('AddressInput country', () => {
  test('is a searchable combobox named Country; a typed name picks its ISO alpha-2 code', async () => {
    seen.length = 0;
    const user = userEvent.setup();
    render(<Harness locale="en-US" />);
    const group = screen.getByRole('group', { name: 'Install site' });
    const country = within(group).getByRole('combobox', { name: 'Country' });
    await user.type(country, 'united sta');
    const listbox = await screen.findByRole('listbox', { name: 'Country' });
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['United States']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(country).toHaveValue('United States');
    expect(lastCountry()).toBe('US');

    // Emptying it and leaving clears the country.
    await user.clear(country);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await waitFor(() => expect(lastCountry()).toBe(''));
    expect(country).toHaveValue('');
  });

  test('names countries in the rep’s locale and shows a stored code by name', async () => {
    seen.length = 0;
    const user = userEvent.setup();
    render(<Harness locale="de-DE" initial={{ ...empty, country: 'DE' }} />);
    const country = screen.getByRole('combobox', { name: 'Country' });
    expect(country).toHaveValue('Deutschland');
    await user.clear(country);
    await user.type(country, 'Österr');
    const listbox = await screen.findByRole('listbox', { name: 'Country' });
    await user.click(within(listbox).getByRole('option', { name: 'Österreich' }));
    expect(lastCountry()).toBe('AT');
  });

  test('matches name prefixes, later words, accents loosely and the exact code', () => {
    const en = countriesFor('en-US');
    expect(matchCountries(en, 'ger').map((c) => c.code)).toEqual(['DE']);
    expect(matchCountries(en, 'kingdom').map((c) => c.code)).toEqual(['GB']);
    expect(matchCountries(en, 'GB').map((c) => c.code)).toEqual(['GB']);
    expect(matchCountries(countriesFor('de-DE'), 'osterr').map((c) => c.code)).toEqual(['AT']);
    expect(matchCountries(en, '')).toHaveLength(en.length);
  });
});
