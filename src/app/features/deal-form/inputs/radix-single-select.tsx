import * as Select from '@radix-ui/react-select';
import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
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
  /** Opened by the pointer press or key that mounted it. */
  initiallyOpen: boolean;
  /** Keys pressed on the stand-in after it asked to open, replayed into the list once it has focus. */
  queuedKeys: RefObject<string[]>;
}

// Radix focuses the selected item only once floating-ui has placed the list; give up after ~1 s.
const MAX_WAIT_FRAMES = 60;

/**
 * Replays keys one per task: Radix moves focus between items in a timeout, so a key sent in the
 * same task as the previous one would act on the item it is leaving.
 */
function replayKeys(keys: string[], list: RefObject<HTMLElement | null>): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let handle = requestAnimationFrame(function waitForFocus() {
    const content = list.current;
    if (!content?.contains(document.activeElement)) {
      if (++frame < MAX_WAIT_FRAMES) handle = requestAnimationFrame(waitForFocus);
      return;
    }
    const next = () => {
      const key = keys.shift();
      const target = document.activeElement;
      // Stop once the list has closed (Enter chose an option) or focus has left it.
      if (key === undefined || !target || !content.contains(target)) return;
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      timer = setTimeout(next);
    };
    next();
  });
  return () => {
    cancelAnimationFrame(handle);
    clearTimeout(timer);
  };
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
  queuedKeys,
}: RadixSingleSelectProps) {
  const [open, setOpen] = useState(initiallyOpen);
  // Read synchronously in onBlur: opening moves focus into the list, which is not "leaving".
  const openRef = useRef(initiallyOpen);
  const contentRef = useRef<HTMLDivElement>(null);

  // It replaced the pressed or focused stand-in, so focus follows it; but if the rep moved on
  // while the chunk loaded, focus is theirs (a removed focused node leaves it on <body>).
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (initiallyOpen || !active || active === document.body) triggerRef.current?.focus();
    // Mount only: later renders must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const keys = queuedKeys.current.splice(0);
    if (!initiallyOpen || keys.length === 0) return;
    return replayKeys(keys, contentRef);
    // Mount only, like the focus above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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
      <Select.Content ref={contentRef} position="popper" sideOffset={4} className="select-content">
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
