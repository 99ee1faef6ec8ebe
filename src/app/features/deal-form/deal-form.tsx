import { useQueryClient } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import type { CreatedOpportunity } from '../../../model/api-contract';
import type { FormDefinitions } from '../../../model/form-definitions';
import { buildFormSchema, emptyFormValues, type FormValues } from '../../../model/form-schema';
import type { CreateBody } from '../../../model/lightfield-types';
import { createOpportunity } from '../../api/create-opportunity';
import { t } from '../../i18n/translate';
import { newIdempotencyKey } from '../../lib/new-idempotency-key';
import { whenIdle } from '../../lib/when-idle';
import { useOnlineStatus } from '../../lib/use-online-status';
import { DraftNotice } from '../drafts/draft-notice';
import { checkDuplicates, type DuplicateFound } from '../duplicate-check/check-duplicates';
import { DuplicateWarning } from '../duplicate-check/duplicate-warning';
import { readDraft } from '../drafts/draft-store';
import { fitDraft } from '../drafts/fit-draft';
import { useDraftAutosave } from '../drafts/use-draft-autosave';
import { CreatedView } from './created-view';
import { FieldControl } from './field-control';
import { formLayout, type LayoutItem } from './form-layout';
import type { ControlName } from './form-types';
import { focusControl } from './focus-control';
import { formResolver } from './form-resolver';
import { LinkedAccountProvider } from './linked-account-provider';
import { MoreFields, type MoreFieldsHandle } from './more-fields';
import { RelationshipControl } from './relationship-control';
import { mapServerErrors } from './server-errors';
import { SubmitButton } from './submit-button';
import {
  describeFailure,
  interruptedCreate,
  toApiError,
  type SubmitFailure,
} from './submit-failure';
import { SubmitFeedback } from './submit-feedback';
import { EmbedCancelButton } from '../embed/embed-cancel-button';
import { useEmbedForm, useEmbedPrefillUpdates } from '../embed/use-embed-form';

interface DealFormProps {
  defs: FormDefinitions;
  locale: string;
  /** Where this tab keeps its draft (draft-slot.ts). */
  draftKey: string;
}

export function DealForm({ defs, locale, draftKey }: DealFormProps) {
  // Built once per definitions payload: building walks every field's codec.
  const schema = useMemo(() => buildFormSchema(defs, locale), [defs, locale]);
  const resolver = useMemo(() => formResolver(schema), [schema]);
  const layout = useMemo(() => formLayout(defs), [defs]);
  // An embedding portal's prefill is the form's starting point, also after "Create another".
  const embed = useEmbedForm(defs, locale);
  const emptyValues = useMemo(() => embed.prefilled(emptyFormValues(defs)), [defs, embed]);
  const knownNames = useMemo(() => new Set<string>(layout.map((i) => i.name)), [layout]);
  // Read once on mount: a draft from before a reload or crash, fitted to today's definitions.
  const [restored] = useState(() => {
    const draft = readDraft(draftKey);
    return draft ? { draft, ...fitDraft(defs, draft.values) } : null;
  });
  const [draftNotice, setDraftNotice] = useState(() =>
    restored ? { dropped: restored.dropped, formChanged: restored.draft.formChanged } : null,
  );

  const { control, handleSubmit, setError, reset, watch, getValues, setValue } = useForm<
    FormValues,
    unknown,
    CreateBody
  >({
    resolver,
    mode: 'onTouched',
    defaultValues: restored ? embed.prefilled(restored.values) : emptyValues,
    // RHF would focus in registration order, which drifts from the order shown once controls
    // re-register (after a reset, or a late-mounting input). focusFirstInvalid walks `layout`.
    shouldFocusError: false,
  });

  useEmbedPrefillUpdates(defs, locale, setValue);
  // Each control's schema remembers its last result, so parsing the starting values while idle
  // leaves the first submit of a 300-field org only what the rep changed to check.
  useEffect(() => whenIdle(() => void schema.safeParse(getValues())), [schema, getValues]);
  // One key per draft: reused by every retry, replaced once the deal exists or a new draft starts.
  const [idempotencyKey, setIdempotencyKey] = useState(
    () => restored?.draft.idempotencyKey ?? newIdempotencyKey(),
  );
  const [pending, setPending] = useState(false);
  // State updates land after the event; a ref stops the second click of a double-click at once.
  const inFlight = useRef(false);
  const lastBody = useRef<CreateBody | null>(null);
  // A reload while a create was unanswered comes back locked on that payload, as before it.
  const [failure, setFailure] = useState<SubmitFailure | null>(() =>
    restored?.draft.awaitingAnswer ? interruptedCreate() : null,
  );
  const [created, setCreated] = useState<CreatedOpportunity | null>(null);
  const focusFirstOnReturn = useRef(false);
  const queryClient = useQueryClient();
  const online = useOnlineStatus();
  const autosave = useDraftAutosave({
    storageKey: draftKey,
    watch,
    emptyValues,
    idempotencyKey,
    enabled: !created,
  });
  // After an ambiguous failure the deal may exist: the payload is frozen until a retry settles
  // it, since an edit would be lost (replay) or create a second deal (new key).
  const locked = pending || failure?.retryable === true;

  // The control to focus once its message has committed: the rep hears it with its error.
  const focusAfterRender = useRef<string | null>(null);
  const moreFields = useRef<MoreFieldsHandle>(null);
  const focusFirstInvalid = (invalid: ReadonlySet<string>) => {
    const first = layout.find((item) => invalid.has(item.name));
    if (!first) return;
    moreFields.current?.reveal(first.name);
    focusAfterRender.current = first.name;
  };
  const focusChosen = useCallback(() => {
    const name = focusAfterRender.current;
    if (name && focusControl(control, name)) focusAfterRender.current = null;
  }, [control]);
  // A control inside the locked fieldset cannot take focus: it does once the form unlocks.
  useEffect(() => {
    if (!locked) focusChosen();
  }, [locked, failure, focusChosen]);

  // Validation alone does not lock the form: disabling and re-enabling every control costs a
  // style pass over all of them, for a moment no one could type in anyway. Network work does.
  const guarded = async (work: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await work();
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  };

  const send = async (body: CreateBody) => {
    setPending(true);
    lastBody.current = body;
    setFailure(null);
    // Saved before sending: a reload from here on resumes with this key, never a new one.
    autosave.flush(getValues(), { awaitingAnswer: true });
    try {
      const result = await createOpportunity({ body, idempotencyKey });
      autosave.clear();
      setDraftNotice(null);
      setCreated(result);
      embed.submitted(result);
      setIdempotencyKey(newIdempotencyKey());
    } catch (caught) {
      const error = toApiError(caught);
      const formChanged = error.code === 'definitions_changed';
      // Definite answers unlock the form; the key stays (Lightfield re-runs failed requests).
      autosave.flush(getValues(), { awaitingAnswer: error.retryable, formChanged });
      const mapped = mapServerErrors(error.fields, knownNames);
      for (const [name, message] of mapped.controls) setError(name, { type: 'server', message });
      setFailure(describeFailure(error, mapped.other));
      embed.failed(error);
      focusFirstInvalid(new Set(mapped.controls.map(([name]) => name)));
      // The page rebuilds the form from the new definitions and restores the draft into it.
      if (formChanged) void queryClient.invalidateQueries({ queryKey: ['definitions'] });
    }
  };

  const onInvalid = (errors: FieldErrors<FormValues>) => {
    setFailure(null);
    focusFirstInvalid(invalidControlNames(errors));
  };
  // react-hook-form publishes the messages after `onInvalid`. Focus follows their commit in the
  // click's own task: one style and layout pass for both, and one frame showing both. A focus in
  // the next animation frame dirtied style and layout a second time (docs/decisions/0008).
  const validate = async (onValid: (body: CreateBody) => Promise<void>) => {
    await handleSubmit(onValid, onInvalid)();
    flushSync(() => {});
    focusChosen();
  };

  // Find-or-create: the first send of a draft looks for the same deal first. Retries of the same
  // key skip it — the deal they retry may be the very one the (lagging) list would find.
  const [duplicate, setDuplicate] = useState<{ found: DuplicateFound; body: CreateBody } | null>(
    null,
  );
  const duplicateCheckedFor = useRef<string | null>(null);
  const checkThenSend = async (body: CreateBody) => {
    setDuplicate(null);
    const firstSend =
      duplicateCheckedFor.current !== idempotencyKey &&
      lastBody.current === null &&
      failure?.retryable !== true;
    const lookup = firstSend ? checkDuplicates(body) : null;
    if (lookup) {
      setPending(true);
      const found = await lookup;
      if (found) {
        setDuplicate({ found, body });
        return;
      }
    }
    if (firstSend) duplicateCheckedFor.current = idempotencyKey;
    await send(body);
  };
  const createAnyway = () => {
    const held = duplicate;
    if (!held) return;
    duplicateCheckedFor.current = idempotencyKey;
    setDuplicate(null);
    void guarded(() => send(held.body));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void guarded(() => validate(checkThenSend));
  };

  // Same key, same body: after an ambiguous failure the deal may exist, and a replay is safe.
  const retry = () => {
    const body = lastBody.current;
    // After a reload only the values survive; they are frozen, so they rebuild the same body.
    void guarded(() => (body ? send(body) : validate(send)));
  };

  const discardDraft = () => {
    autosave.clear();
    setDuplicate(null);
    reset(emptyValues);
    lastBody.current = null;
    setIdempotencyKey(newIdempotencyKey());
    setFailure(null);
    setDraftNotice(null);
  };

  const createAnother = () => {
    reset(emptyValues);
    lastBody.current = null;
    setIdempotencyKey(newIdempotencyKey());
    setFailure(null);
    setDraftNotice(null);
    setCreated(null);
    focusFirstOnReturn.current = true;
  };

  useEffect(() => {
    const first = layout[0];
    if (!created && focusFirstOnReturn.current && first) {
      focusFirstOnReturn.current = false;
      focusControl(control, first.name);
    }
  }, [created, layout, control]);

  // The controls as elements, built once: the form's own state changes (pending, failure,
  // notices) then re-render the frame around them, not 300 controls.
  const renderItem = useCallback(
    (item: LayoutItem) =>
      embed.render(
        item.name,
        item.kind === 'field' ? (
          <FieldControl key={item.name} field={item.field} control={control} locale={locale} />
        ) : (
          <RelationshipControl key={item.name} relationship={item.relationship} control={control} />
        ),
      ),
    [embed, control, locale],
  );
  const essentials = useMemo(
    () => layout.filter((item) => item.essential).map(renderItem),
    [layout, renderItem],
  );
  const details = useMemo(() => layout.filter((item) => !item.essential), [layout]);

  if (created) return <CreatedView created={created} onCreateAnother={createAnother} />;

  return (
    <form className="deal-form" noValidate onSubmit={onSubmit}>
      <p className="deal-form__legend">
        {t('form.legend.before')}
        <span aria-hidden="true">*</span>
        <span className="visually-hidden">{t('form.legend.asterisk')}</span>
        {t('form.legend.after')}
      </p>
      {draftNotice && (
        <DraftNotice
          dropped={draftNotice.dropped}
          formChanged={draftNotice.formChanged}
          onDiscard={discardDraft}
          discardDisabled={locked}
        />
      )}
      {!online && (
        <p className="warning-notice" role="status">
          {t('offline.title')} {t(autosave.failing ? 'offline.notKept' : 'offline.kept')}
        </p>
      )}
      {autosave.failing && (
        <p className="warning-notice" role="status">
          {t('draft.notKept')}
        </p>
      )}
      <LinkedAccountProvider control={control}>
        <fieldset className="deal-form__fields" disabled={locked}>
          <legend className="visually-hidden">Deal</legend>
          <section className="form-section" aria-labelledby="section-essentials">
            <h2 id="section-essentials" className="form-section__title">
              {t('form.essentials')}
            </h2>
            {essentials}
          </section>
          {details.length > 0 && (
            <section className="form-section" aria-labelledby="section-details">
              <h2 id="section-details" className="form-section__title">
                {t('form.details')}
              </h2>
              <MoreFields ref={moreFields} items={details} renderItem={renderItem} />
            </section>
          )}
        </fieldset>
      </LinkedAccountProvider>
      <div className="form-actions">
        <SubmitButton pending={pending} />
        <EmbedCancelButton />
        {duplicate && (
          <DuplicateWarning duplicate={duplicate.found} onCreateAnyway={createAnyway} />
        )}
        <SubmitFeedback failure={failure} pending={pending} onRetry={retry} />
      </div>
    </form>
  );
}

/**
 * The controls an errored submit names. Read off the error object's own keys: asking it about
 * each of a big org's 300 controls in turn parses 300 paths on a click that shows errors.
 */
function invalidControlNames(errors: FieldErrors<FormValues>): Set<ControlName> {
  const names = new Set<ControlName>();
  for (const key of Object.keys(errors.fields ?? {})) names.add(`fields.${key}`);
  for (const key of Object.keys(errors.relationships ?? {})) names.add(`relationships.${key}`);
  return names;
}
