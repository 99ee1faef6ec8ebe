import { useCallback, useSyncExternalStore } from 'react';
import { get, useController } from 'react-hook-form';
import type { FormValues } from '../../../model/form-schema';
import type { CreateBody } from '../../../model/lightfield-types';
import { fieldErrorMessage } from './field-error-message';
import type { ControlName, DealFormControl } from './form-types';

/**
 * One control's value, handlers and error message. Typing re-renders this control alone, and so
 * does an error: react-hook-form publishes the whole error map to every control on each submit
 * and blur, so reading `fieldState` from useController would re-render all 300 controls of a big
 * org on every submit. The message is read here instead, and only a changed one re-renders.
 */
export function useFieldBinding<N extends ControlName>(control: DealFormControl, name: N) {
  // `fieldState` is deliberately never read: reading it subscribes to every error broadcast.
  const { field: binding } = useController<FormValues, N, CreateBody>({ control, name });
  const subscribe = useCallback(
    (onChange: () => void) =>
      // useFormState's own subscription (it has no public per-field form); `exact` still lets
      // form-wide updates through, which the snapshot comparison below then drops.
      control._subscribe({ name, exact: true, formState: { errors: true }, callback: onChange }),
    [control, name],
  );
  // The one lookup needed (getFieldState would make five, for 300 controls on every submit).
  const error = useSyncExternalStore(subscribe, () =>
    fieldErrorMessage(get(control._formState.errors, name)),
  );
  return { binding, error };
}
