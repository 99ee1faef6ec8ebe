import { useCallback, useSyncExternalStore } from 'react';
import { useController } from 'react-hook-form';
import type { FormValues, ControlName } from '../../../model/form-schema';
import type { CreateBody } from '../../../model/lightfield-types';
import { fieldErrorMessage } from './field-error-message';
import type { DealFormBinding } from './form-types';

/**
 * One control's value, handlers and error message. Typing re-renders this control alone, and so
 * does an error: react-hook-form publishes the whole error map to every control on each submit
 * and blur, so reading `fieldState` from useController would re-render all 300 controls of a big
 * org on every submit. The message is read through the form's `subscribe` instead, and only a
 * changed message re-renders.
 */
export function useFieldBinding<N extends ControlName>(form: DealFormBinding, name: N) {
  // `fieldState` is deliberately never read: reading it subscribes to every error broadcast.
  const { field: binding } = useController<FormValues, N, CreateBody>({
    control: form.control,
    name,
  });
  const subscribe = useCallback(
    (onChange: () => void) =>
      form.subscribe({ name, exact: true, formState: { errors: true }, callback: onChange }),
    [form, name],
  );
  // One lookup per control per broadcast: a submit reaches all 300 controls of a big org.
  const error = useSyncExternalStore(subscribe, () => fieldErrorMessage(form.getErrors(name)));
  return { binding, error };
}
