import { useId } from 'react';
import type { AddressPart } from '../../../../model/field-types/address';
import { FieldShell } from '../field-shell';
import { CountryCombobox } from './country-combobox';
import { describe, type FieldInputProps } from './field-input-props';

const TEXT_PARTS: { part: Exclude<AddressPart, 'country'>; label: string; wide?: boolean }[] = [
  { part: 'street', label: 'Street', wide: true },
  { part: 'street2', label: 'Street 2', wide: true },
  { part: 'city', label: 'City' },
  { part: 'state', label: 'State' },
  { part: 'postalCode', label: 'Postal code' },
];

export function AddressInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  error,
  locale,
}: FieldInputProps<'ADDRESS'>) {
  const base = useId();
  const set = (part: AddressPart, text: string) => onChange({ ...value, [part]: text });

  return (
    <FieldShell
      as="group"
      label={field.label}
      description={describe(field)}
      error={error}
      required={field.required}
    >
      {({ describedBy, invalid }) => (
        <div className="address-grid">
          {TEXT_PARTS.map(({ part, label, wide }, index) => (
            <div key={part} className={wide ? 'subfield subfield--wide' : 'subfield'}>
              <label className="subfield__label" htmlFor={`${base}${part}`}>
                {label}
              </label>
              <input
                id={`${base}${part}`}
                ref={index === 0 ? focusRef : undefined}
                type="text"
                // The customer's address, not the rep's: the browser's autofill would be wrong.
                autoComplete="off"
                className="input"
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={value[part]}
                onChange={(e) => set(part, e.target.value)}
                onBlur={onBlur}
              />
            </div>
          ))}
          <div className="subfield">
            <label
              id={`${base}country-label`}
              className="subfield__label"
              htmlFor={`${base}country`}
            >
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
      )}
    </FieldShell>
  );
}
