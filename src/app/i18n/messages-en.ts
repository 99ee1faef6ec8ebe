import type { Template } from '../../model/messages/format-message';
import { VALIDATION_EN, type ValidationCode } from '../../model/messages/validation-phrases';

// The app's own words. Field labels and option names are the org's, from Lightfield, and never
// translated. `{name}` is filled from the call's parameters; a plural entry picks its form by
// the number named in `count` (format-message.ts).
const ui = {
  'app.title': 'New opportunity',
  'document.title': 'New opportunity · Deal Form',
  'document.titleCreated': 'Opportunity created · Deal Form',
  'demo.badge.strong': 'Demo',
  'demo.badge.rest': ' — nothing is sent to Lightfield',
  'demo.reset': 'Reset demo data',
  'demo.reset.done': 'Demo data reset.',
  'demo.reset.failed': 'The demo data could not be reset.',
  'demo.stored': 'As stored in Lightfield (demo)',
  'page.loading': 'Loading the form…',
  'page.loadFailed': 'The form could not be loaded.',
  'page.tryAgain': 'Try again',
  'embed.cancel': 'Cancel',
  'embed.locked': 'Set by the portal',
  'embed.prefillIgnored': {
    count: 'count',
    one: 'Prefill ignored for {keys}: no such field on this form, or a value it does not accept.',
    other: 'Prefill ignored for {keys}: no such fields on this form, or values they do not accept.',
  },
  'draft.restored': 'Draft restored',
  'draft.discard': 'Discard',
  'draft.formChanged':
    'The opportunity fields changed in Lightfield, so the form was updated. Check your entries and create the deal again.',
  'draft.dropped': {
    count: 'count',
    one: 'A saved value no longer fits the form and was removed: {labels}.',
    other: '{count} saved values no longer fit the form and were removed: {labels}.',
  },
  'draft.keyRenewed':
    'This deal was sent more than 23 hours ago and no answer came. Lightfield no longer remembers that send, so before sending again the form checks whether the deal already exists.',
  'draft.notKept':
    'This browser is not keeping a copy of your draft (its storage is full or turned off). Keep this tab open until the deal is created.',
  'offline.title': 'You are offline.',
  'offline.kept': 'Your draft is kept on this device; create the deal once you are back online.',
  'offline.notKept': 'Keep this tab open, and create the deal once you are back online.',
  // "Fields marked * are required.": the asterisk is shown, its name is read.
  'form.legend.before': 'Fields marked ',
  'form.legend.asterisk': 'with an asterisk',
  'form.legend.after': ' are required.',
  'form.deal': 'Deal',
  'form.essentials': 'Essentials',
  'form.details': 'Details',
  'form.moreFields': 'More fields ({count})',
  // The pages' load failure, by the error's code; the server's English message is not shown.
  'load.network': 'Could not reach the server. Check your connection, then try again.',
  'load.notConnected':
    'Lightfield did not accept the app’s API key. Ask whoever runs Deal Form to check it.',
  'load.busy': 'Lightfield is busy right now. Wait a few seconds, then try again.',
  'load.unavailable': 'Lightfield did not answer. Try again in a moment.',
  'load.signedOut': 'Your session ended. Reload the page to sign in again.',
  'load.origin':
    'The server refused a request from this address. Open Deal Form from its usual link.',
  'load.other': 'Something went wrong. Try again; if it keeps happening, tell support.',
  // What an input adds to the field's own help text.
  'hint.number': 'A number, like {example}',
  'hint.currency': 'Amount in {currency} ({code}), like {example}',
  'hint.amount': 'An amount, like {example}',
  'hint.email': 'An email address, like name@example.com',
  'hint.url': 'A web address, like example.com/page',
  'hint.phone': 'A phone number, like +1 415 555 0123',
  'hint.addMany': 'Add as many as you need',
  'hint.social': 'A {service} handle (like @name) or profile URL',
  'hint.profileUrl': 'A profile URL',
  'hint.markdown': 'Markdown formatting is supported',
  'hint.pickSome': 'Pick one or more',
  'hint.searchOne': 'Type to search, then pick one',
  'hint.searchMany': 'Type to search; pick as many as apply',
  'phone.unlikely': 'This does not look like a valid phone number',
  // The parts of an address and a full name: the app's words, not Lightfield's.
  'address.street': 'Street',
  'address.street2': 'Street 2',
  'address.city': 'City',
  'address.state': 'State',
  'address.postalCode': 'Postal code',
  'address.country': 'Country',
  'fullName.first': 'First name',
  'fullName.last': 'Last name',
  'list.add': 'Add another',
  'list.addNamed': 'Add another {label}',
  'list.remove': 'Remove',
  'list.removeNamed': 'Remove {row}',
  'markdown.preview': 'Preview',
  'markdown.previewNamed': 'Preview {label}',
  'markdown.empty': 'Nothing to preview yet.',
  'select.placeholder': 'Choose…',
  'select.none': 'No selection',
  'combobox.searching': 'Searching…',
  'combobox.updating': 'Updating results…',
  'combobox.addMore': 'Add more…',
  'combobox.selected': 'Selected {label}',
  'combobox.removeNamed': 'Remove {item}',
  'options.placeholder': 'Type to filter…',
  'options.none': 'No options match',
  'country.placeholder': 'Type to search countries…',
  'country.none': 'No country matches',
  'accounts.placeholder': 'Type to search accounts…',
  'accounts.none': 'No accounts match',
  'accounts.failed': 'Could not load accounts. Type again to retry.',
  'accounts.create': 'Create account “{name}”',
  'accounts.creating': 'Creating account “{name}”…',
  'accounts.createFailed': 'Could not create account “{name}”. Search again to retry.',
  'people.placeholder': 'Type a name…',
  'contacts.none': 'No contacts match',
  'contacts.failed': 'Could not load contacts. Type again to retry.',
  'members.none': 'No members match',
  'members.failed': 'Could not load members. Close the list and open it again to retry.',
  'submit.create': 'Create opportunity',
  'submit.creating': 'Creating the opportunity…',
  'submit.reference': 'Reference:',
  'submit.tryAgain': 'Try again',
  'failure.interrupted.title': 'This deal was being created when the page closed',
  'failure.interrupted.detail':
    'It may or may not have been saved. Try again to finish: it will not be created twice.',
  'failure.validation.title': 'Some details need fixing',
  'failure.validation.detail':
    'Lightfield did not accept some of the values. Fix the marked fields and submit again.',
  'failure.unauthorized.title': 'Deal Form is not connected to Lightfield',
  'failure.unauthorized.detail':
    'Lightfield rejected the app’s API key. Ask whoever runs Deal Form to check it.',
  'failure.forbidden.title': 'Deal Form may not create opportunities',
  'failure.forbidden.detail':
    'The app’s API key lacks permission to create opportunities. Ask whoever runs Deal Form to grant it.',
  'failure.upstreamBusy.title': 'Lightfield is busy',
  'failure.upstreamBusy.detail': 'Too many requests right now. Wait a few seconds, then try again.',
  'failure.unavailable.title': 'Lightfield did not answer',
  'failure.unavailable.detail':
    'The deal may or may not have been saved. Trying again is safe: it will not be created twice.',
  'failure.rateLimited.title': 'Too many attempts',
  'failure.rateLimited.detail': 'Wait a few seconds, then try again.',
  'failure.formChanged.title': 'The form changed in Lightfield',
  'failure.formChanged.detail':
    'Someone changed the opportunity fields since this page loaded, so the form was updated. Check your entries and create the deal again.',
  'failure.signedOut.title': 'You are signed out',
  'failure.signedOut.detail':
    'Your session ended. Copy anything you need, then reload the page to sign in again.',
  'failure.origin.title': 'This page may not create deals',
  'failure.origin.detail':
    'The server refused a request from this address. Open Deal Form from its usual link.',
  'failure.offline.title': 'You are offline',
  'failure.offline.detail':
    'Your draft is kept on this device. Once you are back online, try again: the deal will not be created twice.',
  'failure.network.title': 'Could not reach the server',
  'failure.network.detail':
    'Check your connection. Trying again is safe: the deal will not be created twice.',
  'failure.internal.title': 'Something went wrong',
  'failure.internal.retryable': 'The deal could not be created. Trying again is safe.',
  'failure.internal.final':
    'The deal could not be created. If it keeps happening, share the reference below with support.',
  'failure.other.title': 'The deal was not created',
  'failure.keyReused.title': 'The deal was not created',
  'failure.keyReused.detail':
    'Nothing was created: the key of this send was already used for a different one. Submit again; the form takes a new key and checks for an existing deal first.',
  'failure.other.detail': 'The deal could not be created. Check your entries and try again.',
  'duplicate.title': 'A deal named “{name}” already exists for {account}.',
  'duplicate.thisAccount': 'this account',
  'duplicate.open': 'Open it',
  'duplicate.newTab': ' (opens in a new tab)',
  'duplicate.createAnyway': 'Create anyway',
  'created.heading': 'Opportunity created',
  'created.noLink': 'Lightfield did not return a link. Find the deal in Lightfield by its ID:',
  'created.open': 'Open in Lightfield',
  'created.newTab': 'Opens in a new tab',
  'created.another': 'Create another',
  'created.anotherFor': 'Another for {account}',
  'created.anotherForThis': 'Another for this account',
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.open': 'Keyboard shortcuts (?)',
  'shortcuts.close': 'Close',
  'shortcuts.submit': 'Create the opportunity, from any field',
  'shortcuts.another': 'After a create: another deal for the same account',
  'shortcuts.escape': 'Close an open list; the field keeps its value',
  'shortcuts.help': 'Show this help (outside a text field)',
  'followUp.title': 'Follow-up',
  'followUp.hint': 'Optional. Saved in Lightfield as a task and a note on the new deal.',
  'followUp.nextStep': 'Next step',
  'followUp.nextStepDue': 'Next step due',
  'followUp.note': 'Note',
  'followUp.ownerHint': 'Assigned to the deal’s Owner, as a task.',
  'followUp.noteHint': 'Markdown. Saved as a note on the deal and its account.',
  'followUp.pending.title': 'Not saved in Lightfield yet:',
  'followUp.pending.task': 'the next step (task)',
  'followUp.pending.note': 'the note',
  'followUp.pending.detail':
    'The deal exists. Trying again saves only what is missing; nothing is created twice. Your text stays in this browser until then.',
  'followUp.pending.final':
    'Lightfield refused it; trying again will not help. Your text stays in this browser.',
  'followUp.retrying': 'Saving…',
  'followUp.retryFailed': 'Lightfield could not be reached. Try again in a moment.',
  'followUp.tryAgain': 'Try again',
  'summary.title': 'AI summary',
  'summary.writing': 'Lightfield is writing a summary of this deal…',
  'summary.late':
    'The summary is taking longer than usual. It will appear on the deal in Lightfield.',
  'shortcuts.ctrl': 'Ctrl',
} as const satisfies Record<string, Template>;

type Prefixed<T> = { [K in keyof T & string as `validation.${K}`]: T[K] };

/** The model's validation messages, under `validation.<code>` (validation-phrases.ts). */
const validationEntries = <T extends Record<ValidationCode, Template>>(phrases: T) =>
  Object.fromEntries(
    Object.entries(phrases).map(([code, template]) => [`validation.${code}`, template]),
  ) as Prefixed<T>;

export const en = { ...ui, ...validationEntries(VALIDATION_EN) };

export type MessageKey = keyof typeof en;
/** A language's catalog: every key, so a missing one fails the type check where it is defined. */
export type Catalog = Record<MessageKey, Template>;
