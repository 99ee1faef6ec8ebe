import * as Select from '@radix-ui/react-select';
import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { FormField } from '../../../../model/form-definitions';
import type { SelectOption } from '../../../../model/lightfield-types';
import type { ControlAria } from '../field-shell';
import { NO_SELECTION, SELECT_PLACEHOLDER } from './select-placeholder';
import { ChevronIcon } from './chevron-icon';

interface RadixSingleSelectProps {
  field: FormField;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  control: ControlAria;
  triggerRef: RefObject<HTMLButtonElement | null>;
  /** Opened by the pointer press that mounted it. */
  initiallyOpen: boolean;
}

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

/** The real Radix Select; mounted by SingleSelectInput on first focus or press. */
export function RadixSingleSelect({
  field,
  value,
  onChange,
  onBlur,
  control,
  triggerRef,
  initiallyOpen,
}: RadixSingleSelectProps) {
  const [open, setOpen] = useState(initiallyOpen);
  // Read synchronously in onBlur: opening moves focus into the list, which is not "leaving".
  const openRef = useRef(initiallyOpen);

  // It replaced the focused (or pressed) stand-in, so focus must follow it.
  useLayoutEffect(() => {
    triggerRef.current?.focus();
  }, [triggerRef]);

  return (
    <Select.Root
      value={value}
      onValueChange={(next) => onChange(next === NO_SELECTION ? '' : next)}
      open={open}
      onOpenChange={(next) => {
        openRef.current = next;
        setOpen(next);
      }}
    >
      <Select.Trigger
        {...control}
        ref={triggerRef}
        className="select-trigger"
        onBlur={() => {
          if (!openRef.current) onBlur();
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
