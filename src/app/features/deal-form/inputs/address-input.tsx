import { useId } from 'react';
import type { AddressPart } from '../../../../model/field-types/address';
import { CountryCombobox } from './country-combobox';
import type { FieldInputProps } from './field-input-props';
import { TextSubfields, type TextSubfield } from './text-subfields';
import { t } from '../../../i18n/translate';

// The parts are named in the rep's language: they are the app's words, the legend is Lightfield's.
const textParts = (): TextSubfield<Exclude<AddressPart, 'country'>>[] => [
  { part: 'street', label: t('address.street'), wide: true },
  { part: 'street2', label: t('address.street2'), wide: true },
  { part: 'city', label: t('address.city') },
  { part: 'state', label: t('address.state') },
  { part: 'postalCode', label: t('address.postalCode') },
];

export function AddressInput({
  value,
  onChange,
  onBlur,
  focusRef,
  shell: { describedBy, invalid },
  locale,
}: FieldInputProps<'ADDRESS'>) {
  const base = useId();
  const set = (part: AddressPart, text: string) => onChange({ ...value, [part]: text });

  return (
    <div className="address-grid">
      <TextSubfields
        idBase={base}
        parts={textParts()}
        values={value}
        onChange={set}
        onBlur={onBlur}
        focusRef={focusRef}
        describedBy={describedBy}
        invalid={invalid}
      />
      <div className="subfield">
        <label id={`${base}country-label`} className="subfield__label" htmlFor={`${base}country`}>
          {t('address.country')}
        </label>
        <CountryCombobox
          aria={{
            id: `${base}country`,
            'aria-describedby': describedBy,
            'aria-invalid': invalid || undefined,
            'aria-required': undefined,
          }}
          labelId={`${base}country-label`}
          locale={locale}
          value={value.country}
          onChange={(code) => set('country', code)}
          onBlur={onBlur}
        />
      </div>
    </div>
  );
}
