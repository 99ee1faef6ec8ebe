import type { RefCallback } from 'react';
import type { Focusable } from './field-input-props';
import './text-subfields.css';

export interface TextSubfield<K extends string> {
  part: K;
  label: string;
  /** Spans the whole row of its grid. */
  wide?: boolean;
}

interface TextSubfieldsProps<K extends string> {
  /** A `useId()` of the composite field: each input's id is this plus its part. */
  idBase: string;
  parts: readonly TextSubfield<K>[];
  values: Record<K, string>;
  onChange: (part: K, text: string) => void;
  onBlur: () => void;
  /** Given to the first input: focus-on-error lands there. */
  focusRef: RefCallback<Focusable>;
  /** The composite field's help text and message, which describe every part. */
  describedBy: string | undefined;
  invalid: boolean;
}

/** The labelled text inputs of a composite value: address lines, first and last name. */
export function TextSubfields<K extends string>({
  idBase,
  parts,
  values,
  onChange,
  onBlur,
  focusRef,
  describedBy,
  invalid,
}: TextSubfieldsProps<K>) {
  return parts.map(({ part, label, wide }, index) => (
    <div key={part} className={wide ? 'subfield subfield--wide' : 'subfield'}>
      <label className="subfield__label" htmlFor={`${idBase}${part}`}>
        {label}
      </label>
      <input
        id={`${idBase}${part}`}
        ref={index === 0 ? focusRef : undefined}
        type="text"
        // The customer's details, not the rep's: the browser's autofill would be wrong.
        autoComplete="off"
        className="input"
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={values[part]}
        onChange={(e) => onChange(part, e.target.value)}
        onBlur={onBlur}
      />
    </div>
  ));
}
