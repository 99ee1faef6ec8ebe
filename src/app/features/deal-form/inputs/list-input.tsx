import { useRef } from 'react';
import { MAX_LIST_VALUES } from '../../../../model/field-types/list-values';
import type { FormField } from '../../../../model/form-definitions';
import type { FieldInputProps } from './field-input-props';
import { t } from '../../../i18n/translate';
import { joinSentences } from '../../../lib/join-sentences';
import './list-input.css';

type ListValueType = 'EMAIL' | 'URL' | 'TELEPHONE';

interface ListInputProps extends FieldInputProps<ListValueType> {
  type: 'email' | 'url' | 'tel';
  /** Called when the rep leaves a row, with its text (phone checks). */
  onRowBlur?: (index: number, text: string) => void;
  /** Advice per row that does not block submit (an unlikely phone number). */
  rowWarnings?: Readonly<Record<number, string>>;
}

/** A list field's hint: its format, and that a list takes more than one. */
export const listHint = (field: FormField, format: string) =>
  field.multipleValues ? joinSentences([format, t('hint.addMany')]) : format;

/**
 * EMAIL, URL and TELEPHONE: one input, or with `multipleValues` a list of them. The first row
 * is named by the label; later rows are "Label 2", "Label 3"…
 */
export function ListInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  shell: { control },
  type,
  onRowBlur,
  rowWarnings,
}: ListInputProps) {
  const rows = value.length ? value : [''];
  const multiple = field.multipleValues;
  // The row to focus once it is rendered: a new row after "Add another", a neighbour after "Remove".
  const pendingFocus = useRef<number | null>(null);
  const rowName = (index: number) => (index === 0 ? field.label : `${field.label} ${index + 1}`);

  const setRow = (index: number, text: string) =>
    onChange(rows.map((row, i) => (i === index ? text : row)));
  const addRow = () => {
    pendingFocus.current = rows.length;
    onChange([...rows, '']);
  };
  const removeRow = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    pendingFocus.current = Math.max(0, index - 1);
    onChange(next.length ? next : ['']);
  };

  return (
    <div className="list-input">
      {rows.map((row, index) => (
        // Rows have no identity beyond their position, and their values are controlled.
        <div className="list-input__row" key={index}>
          <input
            {...control}
            id={index === 0 ? control.id : `${control.id}-${index}`}
            aria-label={index === 0 ? undefined : rowName(index)}
            ref={(el) => {
              if (index === 0) focusRef(el);
              if (el && pendingFocus.current === index) {
                pendingFocus.current = null;
                el.focus();
              }
            }}
            type={type}
            autoComplete="off"
            spellCheck={false}
            className="input"
            value={row}
            onChange={(e) => setRow(index, e.target.value)}
            onBlur={(e) => {
              onRowBlur?.(index, e.target.value);
              onBlur();
            }}
            {...(rowWarnings?.[index] && {
              'aria-describedby': [control['aria-describedby'], `${control.id}-warning-${index}`]
                .filter(Boolean)
                .join(' '),
            })}
          />
          {multiple && rows.length > 1 && (
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('list.removeNamed', { row: rowName(index) })}
              onClick={() => removeRow(index)}
            >
              {t('list.remove')}
            </button>
          )}
          {rowWarnings?.[index] && (
            <p id={`${control.id}-warning-${index}`} className="field-description">
              {rowWarnings[index]}
            </p>
          )}
        </div>
      ))}
      {multiple && rows.length < MAX_LIST_VALUES && (
        <button
          type="button"
          className="button button--quiet list-input__add"
          aria-label={t('list.addNamed', { label: field.label })}
          onClick={addRow}
        >
          {t('list.add')}
        </button>
      )}
    </div>
  );
}
