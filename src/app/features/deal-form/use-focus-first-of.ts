import { useCallback, useEffect, useState } from 'react';
import type { UseFormSetFocus } from 'react-hook-form';
import type { FormValues, ControlName } from '../../../model/form-schema';
import type { LayoutItem } from './form-layout';

/**
 * Moves focus to the first of some controls, in the order shown (the first invalid one, or the
 * first of a new draft). It moves once the form has committed — the messages, the controls of a
 * form shown again — and is unlocked: a control inside the disabled fieldset of a create under
 * way cannot take focus.
 */
export function useFocusFirstOf(
  layout: readonly LayoutItem[],
  setFocus: UseFormSetFocus<FormValues>,
  locked: boolean,
  reveal: (name: ControlName) => void,
) {
  // A new object per request, so asking twice for the same control focuses it twice.
  const [target, setTarget] = useState<{ name: ControlName; revealed: boolean } | null>(null);
  useEffect(() => {
    if (!target || locked) return;
    if (!target.revealed) {
      // A control behind "More fields" is shown first; focus follows in the next commit.
      reveal(target.name);
      setTarget({ name: target.name, revealed: true });
      return;
    }
    setFocus(target.name);
    setTarget(null);
  }, [target, locked, setFocus, reveal]);
  return useCallback(
    (invalid: ReadonlySet<ControlName>) => {
      const first = layout.find((item) => invalid.has(item.name));
      if (first) setTarget({ name: first.name, revealed: false });
    },
    [layout],
  );
}
