import { useCallback, useEffect, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { Chips } from './chips';
import type { ComboboxBaseProps } from './combobox-types';
import { loadComboboxes, loadedComboboxes, preloadComboboxes } from './load-comboboxes';
import type { MultiComboboxProps } from './multi-combobox';
import type { SingleComboboxProps } from './single-combobox';

/**
 * Until downshift's chunk is here and the rep focuses the control, a combobox is a plain input
 * with the same id, name, description and value text. Text typed meanwhile is handed over, and
 * focus follows the swap.
 */
function useComboboxChunk(inputRef: Ref<HTMLInputElement>) {
  const [chunk, setChunk] = useState(loadedComboboxes);
  const [active, setActive] = useState(false);
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const inputEl = useRef<HTMLInputElement | null>(null);
  const swapped = useRef(false);

  useEffect(preloadComboboxes, []);
  useEffect(() => {
    if (!active || chunk) return;
    let live = true;
    loadComboboxes().then(
      (loaded) => live && setChunk(loaded),
      // Offline or a new deploy: the stand-in stays, and the next focus tries again.
      () => live && setActive(false),
    );
    return () => {
      live = false;
    };
  }, [active, chunk]);

  const ready = Boolean(chunk && (active || loadedComboboxes()));
  useLayoutEffect(() => {
    // Only a swap under the rep's focus moves focus; a combobox that mounts ready does not.
    if (ready && active && !swapped.current) {
      swapped.current = true;
      inputEl.current?.focus();
    }
  }, [ready, active]);

  const ref = useCallback(
    (el: HTMLInputElement | null) => {
      inputEl.current = el;
      if (typeof inputRef === 'function') inputRef(el);
      else if (inputRef) inputRef.current = el;
    },
    [inputRef],
  );

  const activate = () => {
    // Already fetched: swap in this same (discrete, synchronous) focus update, so no keystroke
    // can land in between.
    const now = loadedComboboxes();
    if (now) setChunk(() => now);
    setActive(true);
  };

  return { chunk: ready ? chunk : null, activate, typed, setTyped, ref };
}

interface StandInProps<T> extends Pick<
  ComboboxBaseProps<T>,
  'aria' | 'labelId' | 'placeholder' | 'onBlur'
> {
  value: string;
  inputRef: (el: HTMLInputElement | null) => void;
  onActivate: () => void;
  onType: (text: string) => void;
  className: string;
}

function StandInInput<T>({
  aria,
  labelId,
  placeholder,
  onBlur,
  value,
  inputRef,
  onActivate,
  onType,
  className,
}: StandInProps<T>) {
  return (
    <input
      id={aria.id}
      ref={inputRef}
      role="combobox"
      aria-expanded={false}
      aria-autocomplete="list"
      aria-labelledby={labelId}
      aria-describedby={aria['aria-describedby']}
      aria-invalid={aria['aria-invalid']}
      aria-required={aria['aria-required']}
      autoComplete="off"
      spellCheck={false}
      placeholder={placeholder}
      className={className}
      value={value}
      onFocus={onActivate}
      onChange={(e) => onType(e.target.value)}
      onBlur={onBlur}
    />
  );
}

export function LazySingleCombobox<T>(props: SingleComboboxProps<T>) {
  const { chunk, activate, typed, setTyped, ref } = useComboboxChunk(props.inputRef);
  if (chunk) {
    return <chunk.SingleCombobox {...props} inputRef={ref} initialInputValue={typed} />;
  }
  return (
    <div className="combobox">
      <StandInInput
        {...props}
        className="input combobox-input"
        value={typed ?? (props.selectedItem ? props.itemLabel(props.selectedItem) : '')}
        inputRef={ref}
        onActivate={activate}
        onType={(text) => {
          setTyped(text);
          props.onSearchChange(text);
        }}
      />
    </div>
  );
}

export function LazyMultiCombobox<T>(props: MultiComboboxProps<T>) {
  const { chunk, activate, typed, setTyped, ref } = useComboboxChunk(props.inputRef);
  if (chunk) {
    return <chunk.MultiCombobox {...props} inputRef={ref} initialInputValue={typed} />;
  }
  const { selectedItems, itemKey, itemLabel, label, onChange } = props;
  return (
    <div className="combobox combobox--multi">
      <div className="tag-input">
        <Chips
          label={label}
          items={selectedItems}
          itemKey={itemKey}
          itemLabel={itemLabel}
          onRemove={(item) => onChange(selectedItems.filter((i) => itemKey(i) !== itemKey(item)))}
        />
        <StandInInput
          {...props}
          placeholder={selectedItems.length ? 'Add more…' : props.placeholder}
          className="input combobox-input tag-input__input"
          value={typed ?? ''}
          inputRef={ref}
          onActivate={activate}
          onType={(text) => {
            setTyped(text);
            props.onSearchChange(text);
          }}
        />
      </div>
    </div>
  );
}
