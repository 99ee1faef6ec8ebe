import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { AddressFormValue } from '../../../../model/field-types/address';
import { formField } from '../../../../testing/form-field';
import { countriesFor } from '../countries';
import { FieldHarness } from '../../../../testing/field-harness';
import { matchCountries } from './country-combobox';

const site = formField({
  key: 'installSite',
  label: 'Install site',
  valueType: 'ADDRESS',
});

const empty: AddressFormValue = {
  street: '',
  street2: '',
  city: '',
  state: '',
  postalCode: '',
  country: '',
};

const seen: AddressFormValue[] = [];

const Harness = ({ locale, initial = empty }: { locale: string; initial?: AddressFormValue }) => (
  <FieldHarness<'ADDRESS'>
    field={site}
    initial={initial}
    locale={locale}
    onChange={(next) => seen.push(next)}
  />
);

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
