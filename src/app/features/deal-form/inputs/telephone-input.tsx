import { useState } from 'react';
import type { FieldInputProps } from './field-input-props';
import { ListInput, listHint } from './list-input';
import { t } from '../../../i18n/translate';
import type { FormField } from '../../../../model/form-definitions';

export const telephoneHint = (field: FormField) => listHint(field, t('hint.phone'));

/** The rep's region (en-US → US), the default country for numbers typed without "+". */
function regionOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).maximize().region;
  } catch {
    return undefined;
  }
}

/**
 * TELEPHONE. The model's codec checks the shape synchronously (and at the BFF); on leaving an
 * entry, libphonenumber-js (loaded lazily) formats a valid number internationally or flags one
 * that cannot exist. See docs/decisions/0004-lazy-chunks-and-phone-validation.md.
 */
export function TelephoneInput(props: FieldInputProps<'TELEPHONE'>) {
  const [warnings, setWarnings] = useState<Record<number, string>>({});
  const { value, onChange, locale } = props;

  const onRowBlur = (index: number, text: string) => {
    const entry = text.trim();
    if (!entry) {
      setWarnings(({ [index]: _gone, ...rest }) => rest);
      return;
    }
    import('./phone-check')
      .then(({ checkPhone }) => {
        const result = checkPhone(entry, regionOf(locale));
        if (result.valid) {
          setWarnings(({ [index]: _gone, ...rest }) => rest);
          // Only if the rep has not changed the entry meanwhile.
          if (value[index] === text && result.formatted !== text) {
            onChange(value.map((row, i) => (i === index ? result.formatted : row)));
          }
        } else {
          setWarnings((w) => ({ ...w, [index]: t('phone.unlikely') }));
        }
      })
      // Offline: the structural check in the model still applies.
      .catch(() => {});
  };

  return <ListInput {...props} type="tel" onRowBlur={onRowBlur} rowWarnings={warnings} />;
}
