import type { FieldError } from 'react-hook-form';
import { spell } from '../../i18n/translate';

/**
 * The message for a control, in the rep's language (the model's phrases are translated here). Errors on list or object values can arrive nested (per entry or
 * part) rather than on the control itself, so take the first message found.
 */
export function fieldErrorMessage(error: FieldError | undefined): string | undefined {
  const message = firstMessage(error, 0);
  return message === undefined ? undefined : spell(message);
}

function firstMessage(node: unknown, depth: number): string | undefined {
  if (!node || typeof node !== 'object' || depth > 4) return undefined;
  const message = (node as { message?: unknown }).message;
  if (typeof message === 'string' && message) return message;
  for (const [key, child] of Object.entries(node)) {
    // `ref` is the DOM node RHF attaches; walking it would be pointless and slow.
    if (key === 'ref') continue;
    const found = firstMessage(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}
