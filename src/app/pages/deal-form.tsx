import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { CreatedOpportunity, CreateOpportunityRequest } from '../../model/api-contract';
import type { FormDefinitions } from '../../model/form-definitions';
import {
  buildFormSchema,
  emptyFormValues,
  type FormValues,
  type ControlName,
} from '../../model/form-schema';
import { retryableFollowUp } from '../../model/follow-up';
import { ACCOUNT_RELATIONSHIP_KEY, OWNER_RELATIONSHIP_KEY } from '../../model/lightfield-types';
import { t } from '../i18n/translate';
import { useOnlineStatus } from '../lib/use-online-status';
import { DraftNotice } from '../features/drafts/draft-notice';
import { restoreDraft, useDraft } from '../features/drafts/use-draft';
import { DuplicateWarning } from '../features/duplicate-check/duplicate-warning';
import { EmbedCancelButton } from '../features/embed/embed-cancel-button';
import { useEmbedForm, useEmbedPrefillUpdates } from '../features/embed/use-embed-form';
import { isSubmitShortcut } from '../features/shortcuts/shortcut-keys';
import { ShortcutsHelp } from '../features/shortcuts/shortcuts-help';
import { CreatedView } from './created-view';
import { FieldControl } from '../features/deal-form/field-control';
import { FollowUpSection } from '../features/deal-form/follow-up-section';
import { FollowUpStatus } from '../features/deal-form/follow-up-status';
import { formLayout, type LayoutItem } from '../features/deal-form/form-layout';
import type { DealFormBinding } from '../features/deal-form/form-types';
import { LinkedAccountProvider } from './linked-account-provider';
import { MoreFields, type MoreFieldsHandle } from '../features/deal-form/more-fields';
import { nextDealValues } from '../features/deal-form/next-deal';
import { RelationshipControl } from './relationship-control';
import { SubmitButton } from '../features/deal-form/submit-button';
import { SubmitFeedback } from '../features/deal-form/submit-feedback';
import { useCreateFlow } from '../features/deal-form/use-create-flow';
import { useDependentFields } from '../features/deal-form/use-dependent-fields';
import { useOwnerForNextStep } from '../features/deal-form/use-owner-for-next-step';
import './deal-form.css';

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
    Boolean(defs.followUp?.task) &&
      defs.relationships.some((r) => r.key === OWNER_RELATIONSHIP_KEY),
  );
  const draft = useDraft({ restored, storageKey: draftKey, watch, emptyValues });
  const moreFields = useRef<MoreFieldsHandle>(null);
  const reveal = useCallback((name: ControlName) => moreFields.current?.reveal(name), []);
  // The start of "Another for <account>", taken from the deal just created.
  const [nextDeal, setNextDeal] = useState<FormValues | null>(null);
  const create = useCreateFlow({
    form,
    draft,
    layout,
    reveal,
    onCreated: (created: CreatedOpportunity, complete: boolean) => {
      // The form starts the next draft at once, so nothing can save the created deal's values
      // under the new draft's key. With its task or note still missing, the draft (and its
      // text) stays until "Try again" writes them.
      setNextDeal(nextDealValues(defs, getValues(), emptyValues));
      if (complete) reset(emptyValues);
      embed.submitted(created);
    },
    onFollowUpComplete: () => reset(emptyValues),
    onFailed: embed.failed,
  });
  const { flow, locked, pending } = create;
  const online = useOnlineStatus();
  const created = flow.phase === 'created';
  useEffect(() => {
    document.title = t(created ? 'document.titleCreated' : 'document.title');
  }, [created]);
  // Screen readers pick their voice by the page's language: the one the page now speaks.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

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
    const createAnotherForAccount = () => {
      // A new draft (use-draft.ts gave it a new key when the deal was created), started from
      // the same account, owner and pipeline/stage; the rep goes on with the Name.
      reset(nextDeal ?? emptyValues);
      create.restart('fields.$name');
    };
    const accountId = nextDeal?.relationships[ACCOUNT_RELATIONSHIP_KEY];
    return (
      <>
        <CreatedView
          created={flow.created}
          onCreateAnother={createAnother}
          accountId={typeof accountId === 'string' ? accountId : ''}
          onCreateAnotherForAccount={createAnotherForAccount}
          holdShortcut={
            flow.retryingFollowUp || retryableFollowUp(flow.created.followUp).length > 0
          }
          followUp={
            <FollowUpStatus
              result={flow.created.followUp}
              retrying={flow.retryingFollowUp}
              retryFailed={flow.followUpRetryFailed}
              onRetry={create.retryFollowUp}
            />
          }
        />
        <ShortcutsHelp />
      </>
    );
  }
  // Ctrl/⌘+Enter from any control is the submit button, with its guard: nothing while a create
  // is in flight. Caught before the control sees it, so a list does not also pick with it.
  const submitShortcut = (event: KeyboardEvent<HTMLFormElement>) => {
    if (!isSubmitShortcut(event)) return;
    event.preventDefault();
    event.stopPropagation();
    if (!pending) event.currentTarget.requestSubmit();
  };
  const discardDraft = () => {
    draft.finish();
    reset(emptyValues);
    create.restart();
  };

  return (
    <form
      className="deal-form"
      noValidate
      onSubmit={create.submit}
      onKeyDownCapture={submitShortcut}
      aria-keyshortcuts="Control+Enter Meta+Enter"
    >
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
          <legend className="visually-hidden">{t('form.deal')}</legend>
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
        <ShortcutsHelp />
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
