import type { MessageKey } from './messages-en';

// A small second catalog that proves the mechanism; a missing key falls back to English.
export const de: Partial<Record<MessageKey, string>> = {
  'app.title': 'Neue Verkaufschance',
  'demo.badge.strong': 'Demo',
  'demo.badge.rest': ' — nichts wird an Lightfield gesendet',
  'demo.reset': 'Demodaten zurücksetzen',
  'demo.reset.done': 'Demodaten zurückgesetzt.',
  'demo.reset.failed': 'Die Demodaten konnten nicht zurückgesetzt werden.',
  'demo.stored': 'So in Lightfield gespeichert (Demo)',
  'page.loading': 'Formular wird geladen…',
  'page.loadFailed': 'Das Formular konnte nicht geladen werden.',
  'page.tryAgain': 'Erneut versuchen',
  'embed.cancel': 'Abbrechen',
};
