import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { FieldShell } from '../field-shell';
import { ChevronIcon } from './chevron-icon';
import { describe, type FieldInputProps } from './field-input-props';
import {
  loadedRadixSingleSelect,
  loadRadixSingleSelect,
  preloadRadixSingleSelect,
} from './load-radix-single-select';
import { SELECT_PLACEHOLDER } from './select-placeholder';

type Activation = 'focus' | 'press';

// Keys that open a Radix Select trigger; pressed before its chunk arrived, they open it on mount.
const OPENING_KEYS = new Set(['Enter', ' ', 'ArrowDown', 'ArrowUp']);
// Keys the open list acts on; typed after the opening key, they wait for it instead of vanishing.
const LIST_KEYS = new Set([...OPENING_KEYS, 'Home', 'End', 'PageUp', 'PageDown']);
const isTypeahead = (event: KeyboardEvent) =>
  event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;

/**
 * SINGLE_SELECT. A Radix Select mounts its whole option list even while closed, so a form with
 * dozens of selects would pay for all of them up front. Until first focus or press this renders a
 * plain button that looks, is named and reads like the Radix trigger, then swaps the real one in.
 * Radix itself is a lazily loaded chunk (preloaded when idle); the stand-in keeps focus meanwhile,
 * and keys pressed after an opening key are queued and replayed into the list when it opens.
 */
export function SingleSelectInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  error,
}: FieldInputProps<'SINGLE_SELECT'>) {
  const [activation, setActivation] = useState<Activation | null>(null);
  const [Radix, setRadix] = useState(loadedRadixSingleSelect);
  // Points at whichever trigger is mounted, so focus-on-error works before and after the swap.
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const queuedKeys = useRef<string[]>([]);
  const focuser = useMemo(() => ({ focus: () => triggerRef.current?.focus() }), []);
  useEffect(() => focusRef(focuser), [focusRef, focuser]);
  useEffect(preloadRadixSingleSelect, []);
  useEffect(() => {
    if (!activation || Radix) return;
    let live = true;
    loadRadixSingleSelect().then(
      (component) => live && setRadix(() => component),
      // Offline or a new deploy: the stand-in stays, and the next focus tries again.
      () => live && setActivation(null),
    );
    return () => {
      live = false;
    };
  }, [activation, Radix]);

  const selected = field.options.find((o) => o.id === value);

  // Already fetched: swap in this same (discrete, synchronous) update, before any keystroke.
  const swapIfLoaded = () => {
    const now = loadedRadixSingleSelect();
    if (now) setRadix(() => now);
  };

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    swapIfLoaded();
    if (event.button !== 0 || event.ctrlKey) return;
    // A mouse press opens at once (as Radix does); a touch waits for its click, which lands on
    // the swapped-in trigger and opens it there.
    if (event.pointerType === 'mouse') {
      event.preventDefault();
      setActivation('press');
    } else {
      setActivation('focus');
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (activation === 'press') {
      // Still loading after an opening key: Escape takes the opening back, list keys wait.
      if (event.key === 'Escape') {
        event.preventDefault();
        queuedKeys.current = [];
        setActivation('focus');
      } else if (LIST_KEYS.has(event.key) || isTypeahead(event)) {
        event.preventDefault();
        queuedKeys.current.push(event.key);
      }
      return;
    }
    if (!OPENING_KEYS.has(event.key)) return;
    event.preventDefault();
    swapIfLoaded();
    setActivation('press');
  };

  const onStandInBlur = () => {
    // The swap itself removes the focused stand-in (some browsers report that as a blur), but
    // only once the chunk is here; a blur before that is the rep leaving.
    if (loadedRadixSingleSelect()) return;
    queuedKeys.current = [];
    setActivation(null);
    onBlur();
  };

  return (
    <FieldShell
      label={field.label}
      description={describe(field)}
      error={error}
      required={field.required}
    >
      {({ control }) =>
        activation && Radix ? (
          <Radix
            field={field}
            value={value}
            onChange={onChange}
            onBlur={onBlur}
            control={control}
            triggerRef={triggerRef}
            initiallyOpen={activation === 'press'}
            queuedKeys={queuedKeys}
          />
        ) : (
          <button
            {...control}
            ref={triggerRef}
            type="button"
            role="combobox"
            aria-expanded={false}
            aria-autocomplete="none"
            className="select-trigger"
            data-placeholder={selected ? undefined : ''}
            onFocus={() => {
              swapIfLoaded();
              setActivation((current) => current ?? 'focus');
            }}
            onBlur={onStandInBlur}
            onPointerDown={onPointerDown}
            onKeyDown={onKeyDown}
          >
            <span className="select-trigger__value">
              <span>{selected?.label ?? SELECT_PLACEHOLDER}</span>
            </span>
            <span className="select-trigger__icon" aria-hidden="true">
              <ChevronIcon />
            </span>
          </button>
        )
      }
    </FieldShell>
  );
}
