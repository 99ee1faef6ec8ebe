import { useId } from 'react';
import type { AddressPart } from '../../../../model/field-types/address';
import { CountryCombobox } from './country-combobox';
import type { FieldInputProps } from './field-input-props';
import { TextSubfields, type TextSubfield } from './text-subfields';

const TEXT_PARTS: TextSubfield<Exclude<AddressPart, 'country'>>[] = [
  { part: 'street', label: 'Street', wide: true },
  { part: 'street2', label: 'Street 2', wide: true },
  { part: 'city', label: 'City' },
  { part: 'state', label: 'State' },
  { part: 'postalCode', label: 'Postal code' },
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
        parts={TEXT_PARTS}
        values={value}
        onChange={set}
        onBlur={onBlur}
        focusRef={focusRef}
        describedBy={describedBy}
        invalid={invalid}
      />
      <div className="subfield">
        <label id={`${base}country-label`} className="subfield__label" htmlFor={`${base}country`}>
          Country
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
