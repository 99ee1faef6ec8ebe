import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { CreatedOpportunity } from '../../../model/api-contract';
import type { FormDefinitions } from '../../../model/form-definitions';
import { buildFormSchema, emptyFormValues, type FormValues } from '../../../model/form-schema';
import type { CreateOpportunityRequest } from '../../../model/api-contract';
import { t } from '../../i18n/translate';
import { useOnlineStatus } from '../../lib/use-online-status';
import { DraftNotice } from '../drafts/draft-notice';
import { restoreDraft, useDraft } from '../drafts/use-draft';
import { DuplicateWarning } from '../duplicate-check/duplicate-warning';
import { EmbedCancelButton } from '../embed/embed-cancel-button';
import { useEmbedForm, useEmbedPrefillUpdates } from '../embed/use-embed-form';
import { CreatedView } from './created-view';
import { FieldControl } from './field-control';
import { FollowUpSection } from './follow-up-section';
import { FollowUpStatus } from './follow-up-status';
import { formLayout, type LayoutItem } from './form-layout';
import type { ControlName, DealFormBinding } from './form-types';
import { LinkedAccountProvider } from './linked-account-provider';
import { MoreFields, type MoreFieldsHandle } from './more-fields';
import { RelationshipControl } from './relationship-control';
import { SubmitButton } from './submit-button';
import { SubmitFeedback } from './submit-feedback';
import { useCreateFlow } from './use-create-flow';
import { useDependentFields } from './use-dependent-fields';
import { useOwnerForNextStep } from './use-owner-for-next-step';

interface DealFormProps {
  defs: FormDefinitions;
  locale: string;
  /** Where this tab keeps its draft (draft-slot.ts). */
  draftKey: string;
}

/** The schema's resolver. Every check is synchronous: no promise per field on each submit. */
const resolverFor = (defs: FormDefinitions, locale: string) =>
  // The schema's input is looser than FormValues (its transforms accept any value and parse it),
  // so its resolver accepts everything the form can hold; only the declared type differs.
  zodResolver(buildFormSchema(defs, locale), undefined, { mode: 'sync' }) as Resolver<
    FormValues,
    unknown,
    CreateOpportunityRequest
  >;

export function DealForm({ defs, locale, draftKey }: DealFormProps) {
  // Built once per definitions payload: building walks every field's codec.
  const resolver = useMemo(() => resolverFor(defs, locale), [defs, locale]);
  const layout = useMemo(() => formLayout(defs), [defs]);
  // An embedding portal's prefill is the form's starting point, also after "Create another".
  const embed = useEmbedForm(defs, locale);
  const emptyValues = useMemo(() => embed.prefilled(emptyFormValues(defs)), [defs, embed]);
  const [restored] = useState(() => restoreDraft(defs, draftKey));

  const form = useForm<FormValues, unknown, CreateOpportunityRequest>({
    resolver,
    mode: 'onTouched',
    defaultValues: restored ? embed.prefilled(restored.values) : emptyValues,
    // Focus walks `layout`, the order the rep sees (use-focus-first-of.ts).
    shouldFocusError: false,
  });
  const { control, subscribe, getErrors, reset, watch, setValue, getValues, register } = form;
  const dependentCleared = useDependentFields(defs, form);
  useEmbedPrefillUpdates(defs, locale, setValue, getValues);
  useOwnerForNextStep(
    form,
    Boolean(defs.followUp?.task) && defs.relationships.some((r) => r.key === '$owner'),
  );
  const draft = useDraft({ restored, storageKey: draftKey, watch, emptyValues });
  const moreFields = useRef<MoreFieldsHandle>(null);
  const reveal = useCallback((name: ControlName) => moreFields.current?.reveal(name), []);
  const create = useCreateFlow({
    form,
    draft,
    layout,
    reveal,
    onCreated: (created: CreatedOpportunity, complete: boolean) => {
      // The form starts the next draft at once, so nothing can save the created deal's values
      // under the new draft's key. With its task or note still missing, the draft (and its
      // text) stays until "Try again" writes them.
      if (complete) reset(emptyValues);
      embed.submitted(created);
    },
    onFollowUpComplete: () => reset(emptyValues),
    onFailed: embed.failed,
  });
  const { flow, locked, pending } = create;
  const online = useOnlineStatus();

  // The controls as elements, built once: the form's own state changes (pending, failure,
  // notices) then re-render the frame around them, not 300 controls.
  const binding: DealFormBinding = useMemo(
    () => ({ control, subscribe, getErrors }),
    [control, subscribe, getErrors],
  );
  const renderItem = useCallback(
    (item: LayoutItem) =>
      embed.render(
        item.name,
        item.kind === 'field' ? (
          <FieldControl
            key={item.name}
            field={item.field}
            parent={item.parent}
            form={binding}
            locale={locale}
          />
        ) : (
          <RelationshipControl key={item.name} relationship={item.relationship} form={binding} />
        ),
      ),
    [embed, binding, locale],
  );
  const essentials = useMemo(
    () => layout.filter((item) => item.essential).map(renderItem),
    [layout, renderItem],
  );
  const details = useMemo(() => layout.filter((item) => !item.essential), [layout]);

  if (flow.phase === 'created') {
    const createAnother = () => {
      // Again, now that the controls are unmounted: react-hook-form then registers each one
      // afresh as it mounts, element and all, so focus can land on it.
      reset(emptyValues);
      create.restart();
    };
    return (
      <CreatedView
        created={flow.created}
        onCreateAnother={createAnother}
        followUp={
          <FollowUpStatus
            result={flow.created.followUp}
            retrying={flow.retryingFollowUp}
            retryFailed={flow.followUpRetryFailed}
            onRetry={create.retryFollowUp}
          />
        }
      />
    );
  }
  const discardDraft = () => {
    draft.finish();
    reset(emptyValues);
    create.restart();
  };

  return (
    <form className="deal-form" noValidate onSubmit={create.submit}>
      <p className="deal-form__legend">
        {t('form.legend.before')}
        <span aria-hidden="true">*</span>
        <span className="visually-hidden">{t('form.legend.asterisk')}</span>
        {t('form.legend.after')}
      </p>
      {draft.notice && (
        <DraftNotice {...draft.notice} onDiscard={discardDraft} discardDisabled={locked} />
      )}
      {!online && (
        <p className="warning-notice" role="status">
          {t('offline.title')} {t(draft.failing ? 'offline.notKept' : 'offline.kept')}
        </p>
      )}
      {draft.failing && (
        <p className="warning-notice" role="status">
          {t('draft.notKept')}
        </p>
      )}
      {dependentCleared !== null && (
        <p className="visually-hidden" role="status">
          {dependentCleared}
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
          {defs.followUp && (
            <FollowUpSection available={defs.followUp} register={register} form={binding} />
          )}
        </fieldset>
      </LinkedAccountProvider>
      <div className="form-actions">
        <SubmitButton pending={pending} />
        <EmbedCancelButton />
        {flow.phase === 'confirming' && (
          <DuplicateWarning duplicate={flow.duplicate} onCreateAnyway={create.createAnyway} />
        )}
        <SubmitFeedback
          failure={flow.phase === 'failed' ? flow.failure : null}
          pending={pending}
          onRetry={create.retry}
        />
      </div>
    </form>
  );
}
