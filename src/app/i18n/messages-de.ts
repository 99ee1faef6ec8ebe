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
  'embed.locked': 'Vom Portal festgelegt',
  'draft.restored': 'Entwurf wiederhergestellt',
  'draft.discard': 'Verwerfen',
  'draft.formChanged':
    'Die Felder für Verkaufschancen haben sich in Lightfield geändert, daher wurde das Formular aktualisiert. Prüfen Sie Ihre Eingaben und legen Sie den Deal erneut an.',
  'draft.dropped': 'Einige gespeicherte Werte passen nicht mehr zum Formular und wurden entfernt:',
  'draft.keyRenewed':
    'Dieser Deal wurde vor mehr als 23 Stunden gesendet, und es kam keine Antwort. Lightfield erinnert sich nicht mehr an diese Sendung; vor dem erneuten Senden prüft das Formular daher, ob der Deal schon existiert.',
  'draft.notKept':
    'Dieser Browser speichert keine Kopie Ihres Entwurfs (der Speicher ist voll oder ausgeschaltet). Lassen Sie diesen Tab geöffnet, bis der Deal angelegt ist.',
  'offline.title': 'Sie sind offline.',
  'offline.kept':
    'Ihr Entwurf bleibt auf diesem Gerät gespeichert; legen Sie den Deal an, sobald Sie wieder online sind.',
  'offline.notKept':
    'Lassen Sie diesen Tab geöffnet und legen Sie den Deal an, sobald Sie wieder online sind.',
  'form.legend.before': 'Mit ',
  'form.legend.asterisk': 'Sternchen',
  'form.legend.after': ' markierte Felder sind Pflichtfelder.',
  'form.essentials': 'Grunddaten',
  'form.details': 'Details',
  'form.moreFields': 'Weitere Felder',
  'followUp.title': 'Nachfassen',
  'followUp.hint':
    'Optional. Wird in Lightfield als Aufgabe und Notiz zur neuen Chance gespeichert.',
  'followUp.nextStep': 'Nächster Schritt',
  'followUp.nextStepDue': 'Nächster Schritt fällig',
  'followUp.note': 'Notiz',
  'followUp.ownerHint': 'Wird dem Owner der Chance als Aufgabe zugewiesen.',
  'followUp.noteHint': 'Markdown. Wird als Notiz zur Chance und zu ihrem Account gespeichert.',
  'followUp.pending.title': 'Noch nicht in Lightfield gespeichert:',
  'followUp.pending.task': 'der nächste Schritt (Aufgabe)',
  'followUp.pending.note': 'die Notiz',
  'followUp.pending.detail':
    'Die Chance existiert. Erneut versuchen speichert nur, was fehlt; nichts wird doppelt angelegt. Ihr Text bleibt bis dahin in diesem Browser.',
  'followUp.pending.final':
    'Lightfield hat es abgelehnt; erneut versuchen hilft nicht. Ihr Text bleibt in diesem Browser.',
  'followUp.retrying': 'Wird gespeichert…',
  'followUp.retryFailed': 'Lightfield war nicht erreichbar. Versuchen Sie es gleich noch einmal.',
  'followUp.saved': 'Mit der Chance gespeichert:',
  'followUp.tryAgain': 'Erneut versuchen',
  'summary.title': 'KI-Zusammenfassung',
  'summary.writing': 'Lightfield schreibt eine Zusammenfassung dieser Chance…',
  'summary.late':
    'Die Zusammenfassung dauert länger als üblich. Sie erscheint an der Chance in Lightfield.',
};
