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
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
