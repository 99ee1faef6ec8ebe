import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { UseFormGetValues, UseFormSetValue } from 'react-hook-form';
import type { CreatedOpportunity } from '../../../model/api-contract';
import type { FormDefinitions } from '../../../model/form-definitions';
import { parentOf } from '../../../model/field-types/dependent-options';
import { emptyFormValues, type FormValues, type ControlName } from '../../../model/form-schema';
import { t } from '../../i18n/translate';
import { useEmbed } from './embed-context';
import { controlNamesFor, resolvePrefill, withPrefill } from './resolve-prefill';

// Keys are the portal's own, quoted as it wrote them.
const rejectedMessage = (keys: string[]) =>
  t('embed.prefillIgnored', { count: keys.length, keys: keys.map((k) => `"${k}"`) });

/**
 * What the embedding page asked of the form: values to start from, controls to lock or hide,
 * and the events to tell it about. Outside embed mode only URL prefills apply.
 */
export function useEmbedForm(defs: FormDefinitions, locale: string) {
  const { params, bridge } = useEmbed();
  // Read over the untouched form: a dependent select's label within its parent's default.
  const resolved = useMemo(
    () => resolvePrefill(defs, params.prefill, locale, emptyFormValues(defs)),
    [defs, params.prefill, locale],
  );
  const hidden = useMemo(() => controlNamesFor(defs, params.hide), [defs, params.hide]);
  // A stage the portal sets fixes its pipeline too: a new pipeline would clear the stage, which
  // the rep could then not pick again.
  const locked = useMemo(() => {
    const names = controlNamesFor(defs, params.lock);
    for (const field of defs.fields) {
      const parent = parentOf(defs, field);
      const name = `fields.${field.key}`;
      if (parent && (names.has(name) || hidden.has(name))) names.add(`fields.${parent.key}`);
    }
    return names;
  }, [defs, params.lock, hidden]);

  useEffect(() => {
    bridge?.ready();
    if (resolved.rejected.length > 0) {
      bridge?.error({ code: 'invalid_prefill', message: rejectedMessage(resolved.rejected) });
    }
  }, [bridge, resolved]);

  // Stable across renders: the form memoises its starting values on it.
  return useMemo(
    () => ({
      prefilled: (values: FormValues) => withPrefill(defs, values, resolved),
      /**
       * Hidden controls are not rendered, yet their values stay in the form and are sent. A
       * disabled fieldset makes locked controls inert in the DOM only: react-hook-form still
       * holds and submits their values (its own `disabled` would drop them). A locked control
       * looks read-only and says why.
       */
      render: (name: ControlName, node: ReactNode): ReactNode =>
        hidden.has(name) ? null : locked.has(name) ? (
          <fieldset
            key={name}
            className="embed-locked"
            disabled
            aria-describedby={`locked-${name}`}
          >
            {node}
            <p id={`locked-${name}`} className="embed-locked__note">
              {t('embed.locked')}
            </p>
          </fieldset>
        ) : (
          node
        ),
      submitted: (created: CreatedOpportunity) => bridge?.submitted(created),
      failed: (error: { code: string; message: string }) => bridge?.error(error),
    }),
    [defs, resolved, locked, hidden, bridge],
  );
}

/** `handle.update(prefill)` from the portal: sets those controls, leaves the rest as typed. */
export function useEmbedPrefillUpdates(
  defs: FormDefinitions,
  locale: string,
  setValue: UseFormSetValue<FormValues>,
  getValues: UseFormGetValues<FormValues>,
) {
  const { bridge } = useEmbed();
  const form = useRef({ setValue, getValues });
  useEffect(() => {
    form.current = { setValue, getValues };
  }, [setValue, getValues]);
  useEffect(() => {
    if (!bridge) return;
    return bridge.onPrefill((prefill) => {
      // Read over what the rep has now: a stage label within the pipeline they chose.
      const resolved = resolvePrefill(defs, prefill, locale, form.current.getValues());
      for (const [name, value] of resolved.values) {
        // The value came from the codec for that very control, so it has the control's type.
        form.current.setValue(name, value as never, { shouldDirty: true, shouldValidate: true });
      }
      if (resolved.rejected.length > 0) {
        bridge.error({ code: 'invalid_prefill', message: rejectedMessage(resolved.rejected) });
      }
    });
  }, [bridge, defs, locale]);
}
