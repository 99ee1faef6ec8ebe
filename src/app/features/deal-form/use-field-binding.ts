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
  return { binding, error: useFieldError(form, name) };
}

/**
 * One control's message in the rep's language, read through the form's `subscribe`: only a
 * changed message re-renders (the Follow-up section's plain controls use it too).
 */
export function useFieldError(
  form: DealFormBinding,
  name: ControlName | `followUp.${'nextStep' | 'nextStepDue' | 'note'}`,
): string | undefined {
  const subscribe = useCallback(
    (onChange: () => void) =>
      form.subscribe({ name, exact: true, formState: { errors: true }, callback: onChange }),
    [form, name],
  );
  // One lookup per control per broadcast: a submit reaches all 300 controls of a big org.
  return useSyncExternalStore(subscribe, () => fieldErrorMessage(form.getErrors(name)));
}
