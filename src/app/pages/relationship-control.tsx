import { memo } from 'react';
import type { FormRelationship } from '../../model/form-definitions';
import { RELATIONSHIP_PICKERS } from '../features/relationship-pickers/relationship-pickers';
import { FieldShell } from '../features/deal-form/field-shell';
import type { DealFormBinding } from '../features/deal-form/form-types';
import { useFieldBinding } from '../features/deal-form/use-field-binding';
import { joinSentences } from '../lib/join-sentences';
import { t } from '../i18n/translate';
import type { MessageKey } from '../i18n/messages-en';

interface RelationshipControlProps {
  relationship: FormRelationship;
  form: DealFormBinding;
}

const HINTS = { HAS_ONE: 'hint.searchOne', HAS_MANY: 'hint.searchMany' } as const satisfies Record<
  FormRelationship['cardinality'],
  MessageKey
>;

/** Binds one relationship to the picker for its object type. */
export const RelationshipControl = memo(function RelationshipControl({
  relationship,
  form,
}: RelationshipControlProps) {
  const { binding, error } = useFieldBinding(form, `relationships.${relationship.key}`);
  const Picker = RELATIONSHIP_PICKERS[relationship.objectType];
  const description = joinSentences([relationship.description, t(HINTS[relationship.cardinality])]);
  return (
    <FieldShell
      label={relationship.label}
      description={description}
      error={error}
      required={relationship.required}
    >
      {({ control: aria, labelId }) => (
        <Picker
          relationship={relationship}
          value={binding.value}
          onChange={binding.onChange}
          onBlur={binding.onBlur}
          inputRef={binding.ref}
          aria={aria}
          labelId={labelId}
        />
      )}
    </FieldShell>
  );
});
