import type { UseFormRegister } from 'react-hook-form';
import type { FollowUpAvailability } from '../../../model/follow-up';
import type { FormValues } from '../../../model/form-schema';
import { t } from '../../i18n/translate';
import { FieldShell } from './field-shell';
import type { DealFormBinding } from './form-types';
import { useFieldError } from './use-field-binding';

interface FollowUpSectionProps {
  available: FollowUpAvailability;
  register: UseFormRegister<FormValues>;
  form: DealFormBinding;
}

/**
 * After the deal's own fields: its next step (a task for the Owner) and a first note. Plain
 * controls registered from the first frame; hidden entirely when the key may create neither.
 */
export function FollowUpSection({ available, register, form }: FollowUpSectionProps) {
  const nextStepError = useFieldError(form, 'followUp.nextStep');
  const dueError = useFieldError(form, 'followUp.nextStepDue');
  const noteError = useFieldError(form, 'followUp.note');
  if (!available.task && !available.note) return null;
  return (
    <section className="form-section" aria-labelledby="section-follow-up">
      <h2 id="section-follow-up" className="form-section__title">
        {t('followUp.title')}
      </h2>
      <p className="field-description">{t('followUp.hint')}</p>
      {available.task && (
        <>
          <FieldShell
            label={t('followUp.nextStep')}
            description={t('followUp.ownerHint')}
            error={nextStepError}
          >
            {({ control }) => (
              <input
                {...control}
                {...register('followUp.nextStep')}
                className="input"
                type="text"
              />
            )}
          </FieldShell>
          <FieldShell label={t('followUp.nextStepDue')} error={dueError}>
            {({ control }) => (
              <input
                {...control}
                {...register('followUp.nextStepDue')}
                className="input"
                type="date"
              />
            )}
          </FieldShell>
        </>
      )}
      {available.note && (
        <FieldShell
          label={t('followUp.note')}
          description={t('followUp.noteHint')}
          error={noteError}
        >
          {({ control }) => (
            <textarea
              {...control}
              {...register('followUp.note')}
              className="input textarea"
              rows={4}
            />
          )}
        </FieldShell>
      )}
    </section>
  );
}
