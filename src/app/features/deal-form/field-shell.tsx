import { useId, type ReactNode } from 'react';
import './field-shell.css';

/** What the one control of a field spreads so label, help text and message reach it. */
interface ControlAria {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
}

export interface FieldShellContext {
  control: ControlAria;
  /** For widgets that name themselves with aria-labelledby (downshift). */
  labelId: string;
  /** The help text and message ids, for controls inside a group. */
  describedBy: string | undefined;
  invalid: boolean;
}

/** One control under a label; a group of controls under a legend; a checkbox before its label. */
export type FieldShellLayout = 'field' | 'group' | 'inline';

interface FieldShellProps {
  label: string;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /**
   * `group` is a fieldset named by its legend, for values made of several controls; `inline`
   * puts the label after the control (checkboxes).
   */
  as?: FieldShellLayout;
  className?: string;
  children: (context: FieldShellContext) => ReactNode;
}

// The marker sits outside the label (or is hidden inside the legend) so the control's
// accessible name stays exactly the Lightfield label; aria-required carries "required".
const RequiredMarker = () => (
  <span className="required-marker" aria-hidden="true">
    {' *'}
  </span>
);

/** Label, control, help text and message of one form field, wired together by ids. */
export function FieldShell({
  label,
  description,
  error,
  required = false,
  as = 'field',
  className,
  children,
}: FieldShellProps) {
  const base = useId();
  const ids = {
    control: `${base}control`,
    label: `${base}label`,
    description: `${base}description`,
    message: `${base}message`,
  };
  const hasDescription = description !== undefined && description !== null && description !== '';
  const invalid = Boolean(error);
  const describedBy =
    [hasDescription && ids.description, invalid && ids.message].filter(Boolean).join(' ') ||
    undefined;
  const context: FieldShellContext = {
    control: {
      id: ids.control,
      'aria-describedby': describedBy,
      'aria-invalid': invalid || undefined,
      'aria-required': required || undefined,
    },
    labelId: ids.label,
    describedBy,
    invalid,
  };
  const classes = ['field', invalid && 'field--invalid', className].filter(Boolean).join(' ');

  const helpAndMessage = (
    <>
      {hasDescription && (
        <p id={ids.description} className="field-description">
          {description}
        </p>
      )}
      {invalid && (
        <p id={ids.message} className="field-message">
          {error}
        </p>
      )}
    </>
  );

  if (as === 'group') {
    return (
      <fieldset className={`${classes} field-group`} aria-describedby={describedBy}>
        <legend id={ids.label} className="field-label">
          {label}
          {required && <RequiredMarker />}
        </legend>
        {children(context)}
        {helpAndMessage}
      </fieldset>
    );
  }

  if (as === 'inline') {
    return (
      <div className={`${classes} field--inline`}>
        <div className="field-inline-row">
          {children(context)}
          <label id={ids.label} htmlFor={ids.control} className="field-label">
            {label}
          </label>
          {required && <RequiredMarker />}
        </div>
        {helpAndMessage}
      </div>
    );
  }

  return (
    <div className={classes}>
      <div className="field-label-row">
        <label id={ids.label} htmlFor={ids.control} className="field-label">
          {label}
        </label>
        {required && <RequiredMarker />}
      </div>
      {children(context)}
      {helpAndMessage}
    </div>
  );
}
