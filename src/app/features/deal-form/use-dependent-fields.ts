import { useEffect, useMemo, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { dependencies, fitDependents } from '../../../model/field-types/dependent-options';
import type { FormDefinitions } from '../../../model/form-definitions';
import type { CreateOpportunityRequest } from '../../../model/api-contract';
import type { FormValues, ControlName } from '../../../model/form-schema';
import { spell } from '../../i18n/translate';

type DealFormMethods = Pick<
  UseFormReturn<FormValues, unknown, CreateOpportunityRequest>,
  'subscribe' | 'setValue' | 'setError' | 'clearErrors' | 'getFieldState'
>;

/** The type of the message that says why a dependent value was cleared. */
const CLEARED = 'dependent';

/**
 * Keeps each dependent select under its parent: when a parent changes (the rep, or a portal's
 * `handle.update`), a dependent value that does not belong under the new value is cleared at
 * once, in the same change, and the dependent's message says why until the rep picks again.
 * Returns the last such message
 * for a polite live region, since a field's message alone is not announced; null when the form
 * has no dependent select (and so needs no region).
 */
export function useDependentFields(defs: FormDefinitions, form: DealFormMethods): string | null {
  const [announcement, setAnnouncement] = useState('');
  const { subscribe, setValue, setError, clearErrors, getFieldState } = form;
  const { parents, dependents } = useMemo(() => {
    const pairs = dependencies(defs);
    const names = (fields: { key: string }[]) => [
      ...new Set(fields.map(({ key }): ControlName => `fields.${key}`)),
    ];
    return {
      parents: names(pairs.map((p) => p.parent)),
      dependents: names(pairs.map((p) => p.field)),
    };
  }, [defs]);
  useEffect(() => {
    if (parents.length === 0) return;
    return subscribe({
      name: [...parents, ...dependents],
      exact: true,
      formState: { values: true },
      callback: ({ name, values }) => {
        // A new pick answers "Cleared …"; in onTouched mode nothing else would take it away.
        // (Clearing below sets the value first, so this runs before the message is set.)
        if (name && (dependents as string[]).includes(name)) {
          const control = name as ControlName;
          if (getFieldState(control).error?.type === CLEARED) clearErrors(control);
          return;
        }
        const { values: fitted, cleared } = fitDependents(defs, values);
        for (const { key, message } of cleared) {
          const control: ControlName = `fields.${key}`;
          setValue(control, fitted.fields[key] ?? '', { shouldDirty: true });
          setError(control, { type: CLEARED, message });
        }
        if (cleared.length > 0) setAnnouncement(cleared.map((c) => spell(c.message)).join('. '));
      },
    });
  }, [defs, parents, dependents, subscribe, setValue, setError, clearErrors, getFieldState]);
  return parents.length > 0 ? announcement : null;
}
