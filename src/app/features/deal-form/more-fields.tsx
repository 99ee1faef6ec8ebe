import {
  Activity,
  memo,
  useId,
  useImperativeHandle,
  useMemo,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { flushSync } from 'react-dom';
import type { LayoutItem } from './form-layout';

/** Below this many optional controls the Details section shows them all. */
export const MORE_FIELDS_THRESHOLD = 24;
/** How many stay in view when the rest go behind "More fields". */
export const MORE_FIELDS_SHOWN = 12;

export interface MoreFieldsHandle {
  /** Opens the disclosure, synchronously, when `name` is behind it, so it can take focus. */
  reveal(name: string): void;
}

interface MoreFieldsProps {
  items: LayoutItem[];
  renderItem: (item: LayoutItem) => ReactNode;
  ref?: Ref<MoreFieldsHandle>;
}

/**
 * The Details controls of a big org: the first few, then the rest behind a disclosure button.
 * Hidden controls are rendered by an <Activity>: after the visible form has painted, at the
 * lowest priority, so a 300-field org paints as fast as a small one. Their values live in the
 * form state regardless, so validation, drafts and prefill work as if they were shown. A
 * handful of hidden fields would cost the rep more than scrolling, hence the threshold.
 */
export const MoreFields = memo(function MoreFields({ items, renderItem, ref }: MoreFieldsProps) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const collapses = items.length > MORE_FIELDS_THRESHOLD;
  const shown = collapses ? items.slice(0, MORE_FIELDS_SHOWN) : items;
  const rest = useMemo(() => (collapses ? items.slice(MORE_FIELDS_SHOWN) : []), [collapses, items]);

  useImperativeHandle(
    ref,
    () => ({
      reveal(name) {
        // Focus-on-error calls this right before focusing: the control must be visible by then.
        if (!open && rest.some((item) => item.name === name)) flushSync(() => setOpen(true));
      },
    }),
    [open, rest],
  );

  return (
    <>
      {shown.map(renderItem)}
      {rest.length > 0 && (
        <>
          <button
            type="button"
            className="button button--secondary more-fields__toggle"
            aria-expanded={open}
            aria-controls={regionId}
            onClick={() => setOpen((o) => !o)}
          >
            More fields ({rest.length})
          </button>
          <div id={regionId} className="more-fields__rest" hidden={!open}>
            <Activity mode={open ? 'visible' : 'hidden'}>{rest.map(renderItem)}</Activity>
          </div>
        </>
      )}
    </>
  );
});
