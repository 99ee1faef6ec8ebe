import * as Select from '@radix-ui/react-select';
import { useId, useRef } from 'react';
import type { SelectOption } from '../../../../model/lightfield-types';
import { ChevronIcon } from './chevron-icon';
import type { FieldInputProps } from './field-input-props';

/** What an empty select shows. */
export const SELECT_PLACEHOLDER = 'Choose…';
/** Radix Select forbids "" as an item value, so "no selection" travels as this. */
const NO_SELECTION = '__deal-form:none__';

function OptionItem({ option }: { option: SelectOption }) {
  const descriptionId = useId();
  return (
    <Select.Item
      value={option.id}
      className="select-item"
      aria-describedby={option.description ? descriptionId : undefined}
    >
      <Select.ItemText>{option.label}</Select.ItemText>
      {option.description && (
        <span id={descriptionId} className="select-item__description">
          {option.description}
        </span>
      )}
      <Select.ItemIndicator className="select-item__indicator">
        <span aria-hidden="true">✓</span>
      </Select.ItemIndicator>
    </Select.Item>
  );
}

/** SINGLE_SELECT: a Radix Select, the real one from the first frame. */
export function SingleSelectInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  shell,
}: FieldInputProps<'SINGLE_SELECT'>) {
  // Read synchronously in onBlur: opening moves focus into the list, which is not "leaving".
  const open = useRef(false);
  return (
    <Select.Root
      value={value}
      onValueChange={(next) => onChange(next === NO_SELECTION ? '' : next)}
      onOpenChange={(next) => {
        open.current = next;
      }}
    >
      <Select.Trigger
        {...shell.control}
        ref={focusRef}
        className="select-trigger"
        onBlur={() => {
          if (!open.current) onBlur();
        }}
      >
        <span className="select-trigger__value">
          <Select.Value placeholder={SELECT_PLACEHOLDER} />
        </span>
        <Select.Icon className="select-trigger__icon">
          <ChevronIcon />
        </Select.Icon>
      </Select.Trigger>
      {/* Rendered in place, not portalled to <body>: the list stays inside the page's landmarks
          and needs no stacking games; popper positioning is fixed, so no ancestor clips it. */}
      <Select.Content position="popper" sideOffset={4} className="select-content">
        <Select.Viewport className="select-viewport">
          {!field.required && (
            <Select.Item value={NO_SELECTION} className="select-item select-item--none">
              <Select.ItemText>No selection</Select.ItemText>
            </Select.Item>
          )}
          {field.options.map((option) => (
            <OptionItem key={option.id} option={option} />
          ))}
        </Select.Viewport>
      </Select.Content>
    </Select.Root>
  );
}
