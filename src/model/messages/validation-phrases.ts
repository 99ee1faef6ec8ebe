import { formatMessage, type MessageParams, type Template } from './format-message';

/**
 * The model's validation messages in English, by code. The BFF's error bodies read these; the
 * page looks each code up in the rep's catalog (src/app/i18n), which must hold every code.
 */
export const VALIDATION_EN = {
  required: '{label} is required',
  enterText: 'Enter text',
  enterValue: 'Enter a value',
  textTooLong: 'Use at most {max} characters',
  markdownTooLong: 'This text is too long',
  enterUrl: 'Enter a web address, like https://example.com',
  enterEmail: 'Enter a valid email address, like name@example.com',
  enterPhone: 'Enter a phone number, like +1 415 555 0123',
  chooseCountry: 'Choose a country (a two-letter ISO code such as US or DE)',
  addValue: 'Add a value',
  tooManyValues: 'Add at most {max} values',
  chooseYesNo: 'Choose yes or no',
  chooseOption: 'Choose an option',
  chooseListedOption: 'Choose one of the listed options',
  chooseAtLeastOne: 'Choose at least one option',
  chooseOnlyListed: 'Choose only listed options',
  chooseRecord: 'Choose a record',
  tooManyRecords: 'Choose at most {max}',
  enterHandle: 'Enter a {service} handle or profile URL',
  enterProfileUrl: 'Enter a profile URL',
  enterDate: 'Enter a date',
  enterValidDate: 'Enter a valid date',
  enterDateWithOffset: 'Enter a date and time with a UTC offset',
  enterNumber: 'Enter a number',
  numberTooLarge: 'This number is too large',
  nextStepTooLong: 'Keep the next step under {max} characters',
  ownerForNextStep: 'Choose an owner to assign the next step to',
  nextStepForDueDate: 'Say what the next step is, or clear its due date',
  noteTooLong: 'Keep the note under {max} characters',
  tooManyDecimals: {
    count: 'max',
    one: 'Use at most {max} decimal place',
    other: 'Use at most {max} decimal places',
  },
  dependentOptions: '{field} options for {parent} “{value}”',
  notUnderParent: {
    count: 'count',
    one: '{options} is not in {parent} “{value}”',
    other: '{options} are not in {parent} “{value}”',
  },
  clearedUnderParent: {
    count: 'count',
    one: 'Cleared {options}: it is not in {parent} “{value}”',
    other: 'Cleared {options}: they are not in {parent} “{value}”',
  },
} as const satisfies Record<string, Template>;

export type ValidationCode = keyof typeof VALIDATION_EN;

/** A validation message as data: what went wrong, and the values the sentence needs. */
interface Phrase {
  code: ValidationCode;
  params: MessageParams;
}

// Zod carries a plain string per issue (built-in checks included), so a phrase travels through
// the schemas as a string: a mark no one types, the code, and its parameters as JSON.
const MARK = '\u2063';

/** A phrase, spelled so it can stand wherever zod or a codec expects a message. */
export function phrase(code: ValidationCode, params: MessageParams = {}): string {
  return `${MARK}${code}${MARK}${JSON.stringify(params)}`;
}

/** The phrase a message spells, or null for a plain message (Lightfield's own, say). */
function readPhrase(message: string): Phrase | null {
  if (!message.startsWith(MARK)) return null;
  const end = message.indexOf(MARK, 1);
  const code = message.slice(1, end);
  if (end < 0 || !Object.hasOwn(VALIDATION_EN, code)) return null;
  try {
    return { code: code as ValidationCode, params: JSON.parse(message.slice(end + 1)) };
  } catch {
    return null;
  }
}

/**
 * `message` in the language of `templates` (English by default): a phrase is looked up by its
 * code, anything else is returned as it came.
 */
export function spellMessage(
  message: string,
  locale = 'en',
  templates: Record<ValidationCode, Template> = VALIDATION_EN,
): string {
  const found = readPhrase(message);
  return found ? formatMessage(templates[found.code], found.params, locale) : message;
}
