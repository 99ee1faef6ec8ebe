import { useMemo, useState } from 'react';
import type { ComboboxAria } from '../../../components/combobox/combobox-types';
import { SingleCombobox } from '../../../components/combobox/single-combobox';
import { countriesFor, countryName, type Country } from '../countries';
import { t } from '../../../i18n/translate';

interface CountryComboboxProps {
  aria: ComboboxAria;
  labelId: string;
  locale: string;
  /** ISO 3166-1 alpha-2, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  onBlur: () => void;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Names starting with the text, or with a word starting with it, or the exact code. */
export function matchCountries(countries: Country[], text: string): Country[] {
  const q = fold(text.trim());
  if (!q) return countries;
  return countries.filter(
    (c) =>
      c.code.toLowerCase() === q ||
      fold(c.name)
        .split(/[\s,.()-]+/)
        .some((_, i, words) => words.slice(i).join(' ').startsWith(q)),
  );
}

const countryKey = (c: Country) => c.code;
const countryLabel = (c: Country) => c.name;

/**
 * A searchable country pick. The sorted, localised list of ~250 names is only built once the
 * rep opens or types in it; until then the picked country's name is one `Intl.DisplayNames` call.
 */
export function CountryCombobox({
  aria,
  labelId,
  locale,
  value,
  onChange,
  onBlur,
}: CountryComboboxProps) {
  const [text, setText] = useState('');
  const [wanted, setWanted] = useState(false);
  const items = useMemo(
    () => (wanted ? matchCountries(countriesFor(locale), text) : []),
    [wanted, locale, text],
  );
  const selected = useMemo(
    () => (value ? { code: value, name: countryName(value, locale) } : null),
    [value, locale],
  );
  return (
    <SingleCombobox<Country>
      aria={aria}
      labelId={labelId}
      items={items}
      itemKey={countryKey}
      itemLabel={countryLabel}
      onSearchChange={(t) => {
        setText(t);
        if (t) setWanted(true);
      }}
      onOpenChange={(open) => open && setWanted(true)}
      loading={false}
      emptyText={t('country.none')}
      placeholder={t('country.placeholder')}
      onBlur={onBlur}
      inputRef={null}
      selectedItem={selected}
      onSelect={(c) => onChange(c?.code ?? '')}
    />
  );
}
