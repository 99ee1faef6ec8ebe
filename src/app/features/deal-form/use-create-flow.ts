import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useReducer, useRef, type FormEvent } from 'react';
import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import type {
  CreateOpportunityRequest,
  CreateOpportunityResponse,
} from '../../../model/api-contract';
import { pendingFollowUp } from '../../../model/follow-up';
import type { FormValues, ControlName } from '../../../model/form-schema';
import { createOpportunity } from '../../api/create-opportunity';
import { checkDuplicates } from '../../api/find-duplicates';
import {
  createFlowReducer,
  hasPendingFollowUp,
  initialCreateFlow,
  isLocked,
  isPending,
  needsDuplicateCheck,
} from './create-flow';
import type { LayoutItem } from './form-layout';
import { mapServerErrors } from './server-errors';
import { describeFailure, toApiError } from './submit-failure';
import { useFocusFirstOf } from './use-focus-first-of';

type DealFormMethods = Pick<
  UseFormReturn<FormValues, unknown, CreateOpportunityRequest>,
  'handleSubmit' | 'getValues' | 'setError' | 'setFocus'
>;

interface CreateFlowOptions {
  form: DealFormMethods;
  draft: {
    idempotencyKey: string;
    interrupted: boolean;
    flush: (values: FormValues, extra: { awaitingAnswer?: boolean; formChanged?: boolean }) => void;
    finish: () => void;
    /** Replaces a key too old for Lightfield to remember; says whether it did (use-draft.ts). */
    renewStaleKey: () => boolean;
    renewKey: () => void;
  };
  /** The controls in the order shown: focus goes to the first invalid one. */
  layout: readonly LayoutItem[];
  /** Shows a control that is behind "More fields", so it can take focus. */
  reveal: (name: ControlName) => void;
  /** `complete`: the task and note asked for exist too, so the draft is done with. */
  onCreated: (created: CreateOpportunityResponse, complete: boolean) => void;
  /** A "Try again" on the success view wrote the last missing follow-up record. */
  onFollowUpComplete: () => void;
  onFailed: (error: { code: string; message: string }) => void;
}

/**
 * The create of one draft, exactly once: validate, look for the same deal, send with the draft's
 * Idempotency-Key, and keep the payload frozen while its outcome is unknown (create-flow.ts).
 */
export function useCreateFlow({
  form,
  draft,
  layout,
  reveal,
  onCreated,
  onFollowUpComplete,
  onFailed,
}: CreateFlowOptions) {
  const [flow, dispatch] = useReducer(createFlowReducer, draft.interrupted, initialCreateFlow);
  // State lands after the event; the ref stops the second click of a double-click at once.
  const inFlight = useRef(false);
  // Bumped by restart: an answer to a follow-up retry sent before the rep moved on to the next
  // deal belongs to the deal before, and must not touch the one being typed now.
  const generation = useRef(0);
  const queryClient = useQueryClient();
  const locked = isLocked(flow);
  const focusFirstOf = useFocusFirstOf(layout, form.setFocus, locked, reveal);
  const knownNames = useMemo(() => new Set<string>(layout.map((i) => i.name)), [layout]);

  const guarded = async (work: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await work();
    } finally {
      inFlight.current = false;
    }
  };

  const send = async (body: CreateOpportunityRequest) => {
    dispatch({ type: 'sending', body });
    // Saved before sending: a reload from here on resumes with this key, never a new one.
    draft.flush(form.getValues(), { awaitingAnswer: true });
    try {
      const created = await createOpportunity({ body, idempotencyKey: draft.idempotencyKey });
      settleCreated(created);
    } catch (caught) {
      const error = toApiError(caught);
      const formChanged = error.code === 'definitions_changed';
      // The BFF holds this key for another body (a deal may exist under it): a new key, and
      // the duplicate check before the next send.
      if (error.code === 'idempotency_key_reused') {
        draft.renewKey();
        dispatch({ type: 'restart' });
      }
      // Definite answers unlock the form; the key stays (Lightfield re-runs failed requests).
      draft.flush(form.getValues(), { awaitingAnswer: error.retryable, formChanged });
      const mapped = mapServerErrors(error.fields, knownNames);
      for (const [name, message] of mapped.controls)
        form.setError(name, { type: 'server', message });
      const failure = describeFailure(error, mapped.other);
      dispatch({ type: 'failed', failure });
      // The portal hears the stable code, and words it can show the rep in the rep's language.
      onFailed({ code: error.code, message: failure.title });
      focusFirstOf(new Set(mapped.controls.map(([name]) => name)));
      // The page rebuilds the form from the new definitions and restores the draft into it.
      if (formChanged) void queryClient.invalidateQueries({ queryKey: ['definitions'] });
    }
  };

  /**
   * The deal exists. Its draft (values, key, "awaiting an answer") stays until the task and note
   * exist too: a reload then re-sends the same request, and only what is missing gets written.
   */
  const settleCreated = (created: CreateOpportunityResponse, retried = false) => {
    const complete = pendingFollowUp(created.followUp).length === 0;
    if (complete) draft.finish();
    dispatch({ type: 'created', created });
    if (!retried) onCreated(created, complete);
    else if (complete) onFollowUpComplete();
  };

  /** "Try again" on the success view: the same body under the same key. */
  const retryFollowUp = async (body: CreateOpportunityRequest) => {
    dispatch({ type: 'followUpRetrying' });
    const sentIn = generation.current;
    try {
      const created = await createOpportunity({ body, idempotencyKey: draft.idempotencyKey });
      if (generation.current === sentIn) settleCreated(created, true);
    } catch {
      if (generation.current === sentIn) dispatch({ type: 'followUpRetryFailed' });
    }
  };

  /**
   * A key older than Lightfield's memory would create the deal again: the draft takes a new one
   * and starts over, so this send (and any after it) looks for the deal first.
   */
  const renewedStaleKey = () => {
    if (!draft.renewStaleKey()) return false;
    dispatch({ type: 'restart' });
    return true;
  };

  const checkThenSend = async (body: CreateOpportunityRequest, keyRenewed = false) => {
    const lookup = keyRenewed || needsDuplicateCheck(flow) ? checkDuplicates(body) : null;
    if (lookup) {
      dispatch({ type: 'checking' });
      const duplicate = await lookup;
      if (duplicate) {
        dispatch({ type: 'duplicateFound', duplicate, body });
        return;
      }
    }
    await send(body);
  };

  const onInvalid = (errors: FieldErrors<FormValues>) => {
    dispatch({ type: 'invalid' });
    focusFirstOf(invalidControlNames(errors));
  };
  const validate = (onValid: (body: CreateOpportunityRequest) => Promise<void>) =>
    form.handleSubmit(onValid, onInvalid)();

  return {
    flow,
    pending: isPending(flow),
    locked,
    submit: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void guarded(() => {
        const renewed = renewedStaleKey();
        return validate((body) => checkThenSend(body, renewed));
      });
    },
    /** Same key, same body. After a reload only the values survive; frozen, they rebuild it. */
    retry: () => {
      const body = flow.sent;
      void guarded(() =>
        renewedStaleKey()
          ? validate((fresh) => checkThenSend(fresh, true))
          : body
            ? send(body)
            : validate(send),
      );
    },
    createAnyway: () => {
      if (flow.phase !== 'confirming') return;
      const { body } = flow;
      void guarded(() => send(body));
    },
    retryFollowUp: () => {
      const body = flow.sent;
      if (flow.phase === 'created' && body) void guarded(() => retryFollowUp(body));
    },
    /** A new draft: the form shows again, with focus on `focus` or else its first control. */
    restart: (focus?: ControlName) => {
      // The rep moves on from a deal whose task or note is still missing: that draft is over.
      if (hasPendingFollowUp(flow)) draft.finish();
      generation.current += 1;
      dispatch({ type: 'restart' });
      const target = focus && knownNames.has(focus) ? focus : layout[0]?.name;
      if (target) focusFirstOf(new Set([target]));
    },
  };
}

/** The controls an errored submit names, read off the error object's own keys. */
function invalidControlNames(errors: FieldErrors<FormValues>): Set<ControlName> {
  const names = new Set<ControlName>();
  for (const key of Object.keys(errors.fields ?? {})) names.add(`fields.${key}`);
  for (const key of Object.keys(errors.relationships ?? {})) names.add(`relationships.${key}`);
  return names;
}
