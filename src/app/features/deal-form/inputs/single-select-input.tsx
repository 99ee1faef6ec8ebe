import * as Select from '@radix-ui/react-select';
import { useId, useRef, useState } from 'react';
import type { SelectOption } from '../../../../model/lightfield-types';
import { ChevronIcon } from './chevron-icon';
import type { FieldInputProps } from './field-input-props';
import { useClosedTypeahead, useListTypeahead } from './list-typeahead';
import { t } from '../../../i18n/translate';
import './single-select-input.css';

/** Radix Select forbids "" as an item value, so "no selection" travels as this. */
const NO_SELECTION = '__deal-form:none__';

function OptionItem({ option }: { option: SelectOption }) {
  const descriptionId = useId();
  return (
    <Select.Item
      value={option.id}
      data-value={option.id}
      data-label={option.label}
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

/**
 * SINGLE_SELECT: a Radix Select, the real one from the first frame. Its list is rendered only
 * while open. Radix renders a closed list's items off-screen, to show the chosen one's text and
 * to search them as the rep types on the trigger; mounting them takes three rounds of React
 * commits before the first paint, the largest single cost of the page's first frame. The
 * trigger shows the chosen label itself, and useClosedTypeahead searches the field's labels.
 */
export function SingleSelectInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  shell,
}: FieldInputProps<'SINGLE_SELECT'>) {
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  const typeahead = useListTypeahead(list);
  const pick = (next: string) => onChange(next === NO_SELECTION ? '' : next);
  const none = t('select.none');
  // What the list offers, in its order: "no selection" first when the field is optional.
  const choices = field.required
    ? field.options
    : [{ id: NO_SELECTION, label: none }, ...field.options];
  const chosen = field.options.find((option) => option.id === value);
  const closedTypeahead = useClosedTypeahead(choices, value || NO_SELECTION, pick);
  // Read synchronously in onBlur: opening moves focus into the list, which is not "leaving".
  const openNow = useRef(false);
  const changeOpen = (next: boolean) => {
    if (next) closedTypeahead.reset();
    openNow.current = next;
    setOpen(next);
  };
  return (
    <Select.Root value={value} onValueChange={pick} open={open} onOpenChange={changeOpen}>
      <Select.Trigger
        {...shell.control}
        ref={focusRef}
        className="select-trigger"
        onBlur={() => {
          if (!openNow.current) onBlur();
        }}
        onKeyDown={(event) => {
          // Radix moves focus into an opened list only once it is placed, a frame or more later;
          // keys typed meanwhile reach the trigger, whose typeahead already picks what the
          // list's would highlight. Enter there does what it does in the list: keep it, close.
          if (openNow.current && event.key === 'Enter') {
            event.preventDefault();
            changeOpen(false);
          }
          if (!openNow.current) closedTypeahead.onKeyDown(event);
        }}
      >
        <span className="select-trigger__value">
          <Select.Value placeholder={t('select.placeholder')}>{chosen?.label}</Select.Value>
        </span>
        <Select.Icon className="select-trigger__icon">
          <ChevronIcon />
        </Select.Icon>
      </Select.Trigger>
      {/* Rendered in place, not portalled to <body>: the list stays inside the page's landmarks
          and needs no stacking games; popper positioning is fixed, so no ancestor clips it. */}
      {open && (
        <Select.Content
          ref={list}
          onKeyDownCapture={(event) => {
            // Tab in the open list keeps the focused option and moves on, as a select-only
            // combobox does (WAI-ARIA APG); Radix swallows it, and a rep tabbing on at speed
            // would type the next field's text into this list. The browser's own Tab moves focus:
            // the list sits in place right after its trigger, so focus lands on the next field.
            // Shift+Tab backs out: the list closes, the value stays as it was, and focus goes back
            // to the trigger, which stands right before the list.
            if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey) {
              event.stopPropagation();
              const focused = document.activeElement?.closest<HTMLElement>('[data-value]');
              if (!event.shiftKey && focused?.dataset.value !== undefined) {
                pick(focused.dataset.value);
                onBlur();
              }
              changeOpen(false);
              return;
            }
            typeahead(event);
          }}
          position="popper"
          sideOffset={4}
          className="select-content"
          onCloseAutoFocus={(event) => {
            // Radix hands focus back to the trigger a task after the list closes; a rep who has
            // already moved on (Enter, then Tab at once) keeps their place.
            const active = document.activeElement;
            if (active && active !== document.body) event.preventDefault();
          }}
        >
          <Select.Viewport className="select-viewport">
            {!field.required && (
              <Select.Item
                value={NO_SELECTION}
                data-value={NO_SELECTION}
                data-label={none}
                className="select-item select-item--none"
              >
                <Select.ItemText>{none}</Select.ItemText>
              </Select.Item>
            )}
            {field.options.map((option) => (
              <OptionItem key={option.id} option={option} />
            ))}
          </Select.Viewport>
        </Select.Content>
      )}
    </Select.Root>
  );
}
