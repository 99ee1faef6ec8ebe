import { z } from 'zod/mini';
import { defineCodec, parsed } from './field-codec';
import { phrase } from '../messages/validation-phrases';

// Create omits what the rep left empty; an unticked box is "not set" rather than "false".
export const checkboxCodec = defineCodec<boolean, boolean>({
  empty: () => false,
  parse: (value) => parsed(value === true ? true : undefined),
  format: (value) => value,
  schema: () => z.boolean(phrase('chooseYesNo')),
  // A URL parameter spells the box out as "true" or "false".
  readPrefill: (raw) => (raw === 'true' ? true : raw === 'false' ? false : raw),
});
