import {
  Activity,
  memo,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { t } from '../../i18n/translate';
import { SETTLE_MS, whenIdle } from '../../lib/when-idle';
import type { LayoutItem } from './form-layout';

/** Below this many optional controls the Details section shows them all. */
const MORE_FIELDS_THRESHOLD = 24;
/** How many stay in view when the rest go behind "More fields". */
export const MORE_FIELDS_SHOWN = 12;
/** The hidden controls are pre-rendered no sooner than this after the form mounts. */
export const PRERENDER_AFTER_MS = SETTLE_MS;

export interface MoreFieldsHandle {
  /** Opens the disclosure when `name` is behind it, so it can take focus once rendered. */
  reveal(name: string): void;
}

interface MoreFieldsProps {
  items: LayoutItem[];
  renderItem: (item: LayoutItem) => ReactNode;
  ref?: Ref<MoreFieldsHandle>;
}

/**
 * The Details controls of a big org: the first few, then the rest behind a disclosure button.
 * Hidden controls are pre-rendered by an <Activity>, at the lowest priority, once the browser
 * is idle a moment after mount, or as soon as the rep points at or focuses the button; so a
 * 300-field org paints as fast as a small one and opens without a long wait. Their values live
 * in the form state regardless, so validation, drafts and prefill work as if they were shown.
 * A handful of hidden fields would cost the rep more than scrolling, hence the threshold.
 */
export const MoreFields = memo(function MoreFields({ items, renderItem, ref }: MoreFieldsProps) {
  const [open, setOpen] = useState(false);
  // Once rendered (pre-rendered, or opened), the hidden controls stay: closing only hides them.
  const [rendered, setRendered] = useState(false);
  const regionId = useId();
  const collapses = items.length > MORE_FIELDS_THRESHOLD;
  const shown = collapses ? items.slice(0, MORE_FIELDS_SHOWN) : items;
  const rest = useMemo(() => (collapses ? items.slice(MORE_FIELDS_SHOWN) : []), [collapses, items]);

  useEffect(() => {
    if (!collapses) return undefined;
    return whenIdle(() => setRendered(true), PRERENDER_AFTER_MS);
  }, [collapses]);
  const warmUp = () => setRendered(true);
  const show = (next: boolean) => {
    setRendered(true);
    setOpen(next);
  };

  useImperativeHandle(
    ref,
    () => ({
      reveal(name) {
        if (!open && rest.some((item) => item.name === name)) show(true);
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
            className="button button--secondary"
            aria-expanded={open}
            aria-controls={regionId}
            onClick={() => show(!open)}
            onPointerEnter={warmUp}
            onFocus={warmUp}
          >
            {t('form.moreFields', { count: rest.length })}
          </button>
          <div id={regionId} className="more-fields__rest" hidden={!open}>
            {rendered && (
              <Activity mode={open ? 'visible' : 'hidden'}>{rest.map(renderItem)}</Activity>
            )}
          </div>
        </>
      )}
    </>
  );
});
