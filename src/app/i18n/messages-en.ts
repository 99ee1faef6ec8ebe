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
} as const;

export type MessageKey = keyof typeof en;
