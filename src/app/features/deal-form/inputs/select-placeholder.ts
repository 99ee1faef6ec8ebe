/** What an empty select shows, identical in the stand-in and the Radix trigger. */
export const SELECT_PLACEHOLDER = 'Choose…';

/** Radix Select forbids "" as an item value, so "no selection" travels as this. */
export const NO_SELECTION = '__deal-form:none__';
