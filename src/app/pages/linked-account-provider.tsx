import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { ACCOUNT_RELATIONSHIP_KEY } from '../../model/lightfield-types';
import { LinkedAccountContext } from '../features/relationship-pickers/linked-account';
import type { DealFormControl } from '../features/deal-form/form-types';

/**
 * Publishes the picked account to the contact pickers. Only this component watches the value;
 * `children` were created by the form, so they do not re-render when it changes.
 */
export function LinkedAccountProvider({
  control,
  children,
}: {
  control: DealFormControl;
  children: ReactNode;
}) {
  const value = useWatch({ control, name: `relationships.${ACCOUNT_RELATIONSHIP_KEY}` });
  return (
    <LinkedAccountContext value={typeof value === 'string' ? value : ''}>
      {children}
    </LinkedAccountContext>
  );
}
