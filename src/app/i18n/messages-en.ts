// The app's own UI strings (field labels are the org's, from Lightfield, and never translated).
export const en = {
  'app.title': 'New opportunity',
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
  'draft.restored': 'Draft restored',
  'draft.discard': 'Discard',
  'draft.formChanged':
    'The opportunity fields changed in Lightfield, so the form was updated. Check your entries and create the deal again.',
  'draft.dropped': 'Some saved values no longer fit the form and were removed:',
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
  'form.essentials': 'Essentials',
  'form.details': 'Details',
  'form.moreFields': 'More fields',
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
  'followUp.saved': 'Saved with the deal:',
  'followUp.tryAgain': 'Try again',
  'summary.title': 'AI summary',
  'summary.writing': 'Lightfield is writing a summary of this deal…',
  'summary.late':
    'The summary is taking longer than usual. It will appear on the deal in Lightfield.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
