import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { get, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import type { CreatedOpportunity } from '../../../model/api-contract';
import type { FormDefinitions } from '../../../model/form-definitions';
import { buildFormSchema, emptyFormValues, type FormValues } from '../../../model/form-schema';
import type { CreateBody } from '../../../model/lightfield-types';
import { useCreateOpportunity } from '../../api/create-opportunity';
import { newIdempotencyKey } from '../../lib/new-idempotency-key';
import { CreatedView } from './created-view';
import { FieldControl } from './field-control';
import { formLayout, type LayoutItem } from './form-layout';
import { LinkedAccountProvider } from './linked-account-provider';
import { RelationshipControl } from './relationship-control';
import { mapServerErrors } from './server-errors';
import { SubmitButton } from './submit-button';
import { describeFailure, toApiError, type SubmitFailure } from './submit-failure';
import { SubmitFeedback } from './submit-feedback';

// The schema's input is looser than FormValues (its transforms accept any value and parse it),
// so its resolver accepts everything the form can hold; only the declared input type differs.
const formResolver = (schema: ReturnType<typeof buildFormSchema>) =>
  zodResolver(schema) as Resolver<FormValues, unknown, CreateBody>;

interface DealFormProps {
  defs: FormDefinitions;
  locale: string;
}

export function DealForm({ defs, locale }: DealFormProps) {
  // Built once per definitions payload: building walks every field's codec.
  const resolver = useMemo(() => formResolver(buildFormSchema(defs, locale)), [defs, locale]);
  const layout = useMemo(() => formLayout(defs), [defs]);
  const emptyValues = useMemo(() => emptyFormValues(defs), [defs]);
  const knownNames = useMemo(() => new Set<string>(layout.map((i) => i.name)), [layout]);

  const { control, handleSubmit, setError, setFocus, reset } = useForm<
    FormValues,
    unknown,
    CreateBody
  >({
    resolver,
    mode: 'onTouched',
    defaultValues: emptyValues,
    // RHF would focus in registration order, which drifts from the order shown once controls
    // re-register (after a reset, or a late-mounting input). focusFirstInvalid walks `layout`.
    shouldFocusError: false,
  });

  const mutation = useCreateOpportunity();
  // One key per draft: reused by every retry, replaced once the deal exists or a new draft starts.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [pending, setPending] = useState(false);
  // State updates land after the event; a ref stops the second click of a double-click at once.
  const inFlight = useRef(false);
  const lastBody = useRef<CreateBody | null>(null);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  const [created, setCreated] = useState<CreatedOpportunity | null>(null);
  const focusFirstOnReturn = useRef(false);

  const focusFirstInvalid = (invalid: ReadonlySet<string>) => {
    const first = layout.find((item) => invalid.has(item.name));
    if (first) setFocus(first.name);
  };

  const guarded = async (work: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    try {
      await work();
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  };

  const send = async (body: CreateBody) => {
    lastBody.current = body;
    setFailure(null);
    try {
      setCreated(await mutation.mutateAsync({ body, idempotencyKey }));
      setIdempotencyKey(newIdempotencyKey());
    } catch (caught) {
      const error = toApiError(caught);
      const mapped = mapServerErrors(error.fields, knownNames);
      for (const [name, message] of mapped.controls) setError(name, { type: 'server', message });
      setFailure(describeFailure(error, mapped.other));
      focusFirstInvalid(new Set(mapped.controls.map(([name]) => name)));
    }
  };

  const onInvalid = (errors: FieldErrors<FormValues>) => {
    setFailure(null);
    focusFirstInvalid(new Set(layout.filter((i) => get(errors, i.name)).map((i) => i.name)));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void guarded(() => handleSubmit(send, onInvalid)());
  };

  // Same key, same body: after an ambiguous failure the deal may exist, and a replay is safe.
  const retry = () => {
    const body = lastBody.current;
    if (body) void guarded(() => send(body));
  };

  const createAnother = () => {
    reset(emptyValues);
    mutation.reset();
    lastBody.current = null;
    setIdempotencyKey(newIdempotencyKey());
    setFailure(null);
    setCreated(null);
    focusFirstOnReturn.current = true;
  };

  useEffect(() => {
    const first = layout[0];
    if (!created && focusFirstOnReturn.current && first) {
      focusFirstOnReturn.current = false;
      setFocus(first.name);
    }
  }, [created, layout, setFocus]);

  if (created) return <CreatedView created={created} onCreateAnother={createAnother} />;

  const essentials = layout.filter((item) => item.essential);
  const details = layout.filter((item) => !item.essential);
  const renderItem = (item: LayoutItem) =>
    item.kind === 'field' ? (
      <FieldControl key={item.name} field={item.field} control={control} locale={locale} />
    ) : (
      <RelationshipControl key={item.name} relationship={item.relationship} control={control} />
    );

  return (
    <form className="deal-form" noValidate onSubmit={onSubmit}>
      <p className="deal-form__legend">
        Fields marked <span aria-hidden="true">*</span>
        <span className="visually-hidden">with an asterisk</span> are required.
      </p>
      <LinkedAccountProvider control={control}>
        <section className="form-section" aria-labelledby="section-essentials">
          <h2 id="section-essentials" className="form-section__title">
            Essentials
          </h2>
          {essentials.map(renderItem)}
        </section>
        {details.length > 0 && (
          <section className="form-section" aria-labelledby="section-details">
            <h2 id="section-details" className="form-section__title">
              Details
            </h2>
            {details.map(renderItem)}
          </section>
        )}
      </LinkedAccountProvider>
      <div className="form-actions">
        <SubmitButton pending={pending} />
        <SubmitFeedback failure={failure} pending={pending} onRetry={retry} />
      </div>
    </form>
  );
}
