import type { Catalog } from './messages-en';

export const de: Catalog = {
  'app.title': 'Neue Verkaufschance',
  'document.title': 'Neue Verkaufschance · Deal Form',
  'document.titleCreated': 'Verkaufschance angelegt · Deal Form',
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
  'embed.prefillIgnored': {
    count: 'count',
    one: 'Vorbelegung ignoriert für {keys}: kein solches Feld in diesem Formular oder ein Wert, den es nicht annimmt.',
    other:
      'Vorbelegung ignoriert für {keys}: keine solchen Felder in diesem Formular oder Werte, die sie nicht annehmen.',
  },
  'draft.restored': 'Entwurf wiederhergestellt',
  'draft.discard': 'Verwerfen',
  'draft.formChanged':
    'Die Felder für Verkaufschancen haben sich in Lightfield geändert, daher wurde das Formular aktualisiert. Prüfen Sie Ihre Eingaben und legen Sie den Deal erneut an.',
  'draft.dropped': {
    count: 'count',
    one: 'Ein gespeicherter Wert passt nicht mehr zum Formular und wurde entfernt: {labels}.',
    other:
      '{count} gespeicherte Werte passen nicht mehr zum Formular und wurden entfernt: {labels}.',
  },
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
  'form.deal': 'Deal',
  'form.essentials': 'Grunddaten',
  'form.details': 'Details',
  'form.moreFields': 'Weitere Felder',
  'submit.create': 'Verkaufschance anlegen',
  'submit.creating': 'Die Verkaufschance wird angelegt…',
  'submit.reference': 'Referenz:',
  'submit.tryAgain': 'Erneut versuchen',
  'failure.interrupted.title': 'Dieser Deal wurde gerade angelegt, als die Seite geschlossen wurde',
  'failure.interrupted.detail':
    'Vielleicht wurde er gespeichert, vielleicht nicht. Versuchen Sie es erneut: Er wird nicht doppelt angelegt.',
  'failure.validation.title': 'Einige Angaben müssen korrigiert werden',
  'failure.validation.detail':
    'Lightfield hat einige Werte nicht angenommen. Korrigieren Sie die markierten Felder und senden Sie erneut.',
  'failure.unauthorized.title': 'Deal Form ist nicht mit Lightfield verbunden',
  'failure.unauthorized.detail':
    'Lightfield hat den API-Schlüssel der App abgelehnt. Bitten Sie die Betreiber von Deal Form, ihn zu prüfen.',
  'failure.forbidden.title': 'Deal Form darf keine Verkaufschancen anlegen',
  'failure.forbidden.detail':
    'Dem API-Schlüssel der App fehlt die Berechtigung, Verkaufschancen anzulegen. Bitten Sie die Betreiber von Deal Form, sie zu erteilen.',
  'failure.upstreamBusy.title': 'Lightfield ist ausgelastet',
  'failure.upstreamBusy.detail':
    'Gerade zu viele Anfragen. Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
  'failure.unavailable.title': 'Lightfield hat nicht geantwortet',
  'failure.unavailable.detail':
    'Vielleicht wurde der Deal gespeichert, vielleicht nicht. Ein erneuter Versuch ist sicher: Er wird nicht doppelt angelegt.',
  'failure.rateLimited.title': 'Zu viele Versuche',
  'failure.rateLimited.detail': 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
  'failure.formChanged.title': 'Das Formular hat sich in Lightfield geändert',
  'failure.formChanged.detail':
    'Jemand hat die Felder für Verkaufschancen geändert, seit diese Seite geladen wurde; das Formular wurde aktualisiert. Prüfen Sie Ihre Eingaben und legen Sie den Deal erneut an.',
  'failure.signedOut.title': 'Sie sind abgemeldet',
  'failure.signedOut.detail':
    'Ihre Sitzung ist abgelaufen. Kopieren Sie, was Sie brauchen, und laden Sie die Seite neu, um sich wieder anzumelden.',
  'failure.origin.title': 'Diese Seite darf keine Deals anlegen',
  'failure.origin.detail':
    'Der Server hat eine Anfrage von dieser Adresse abgelehnt. Öffnen Sie Deal Form über den gewohnten Link.',
  'failure.offline.title': 'Sie sind offline',
  'failure.offline.detail':
    'Ihr Entwurf bleibt auf diesem Gerät gespeichert. Versuchen Sie es erneut, sobald Sie wieder online sind: Der Deal wird nicht doppelt angelegt.',
  'failure.network.title': 'Der Server ist nicht erreichbar',
  'failure.network.detail':
    'Prüfen Sie Ihre Verbindung. Ein erneuter Versuch ist sicher: Der Deal wird nicht doppelt angelegt.',
  'failure.internal.title': 'Etwas ist schiefgelaufen',
  'failure.internal.retryable':
    'Der Deal konnte nicht angelegt werden. Ein erneuter Versuch ist sicher.',
  'failure.internal.final':
    'Der Deal konnte nicht angelegt werden. Wenn das wieder passiert, geben Sie dem Support die Referenz unten.',
  'failure.other.title': 'Der Deal wurde nicht angelegt',
  'failure.keyReused.title': 'Der Deal wurde nicht angelegt',
  'failure.keyReused.detail':
    'Nichts wurde angelegt: Der Schlüssel dieser Sendung wurde schon für eine andere verwendet. Senden Sie erneut; das Formular nimmt einen neuen Schlüssel und prüft zuerst, ob der Deal schon existiert.',
  'failure.other.detail':
    'Der Deal konnte nicht angelegt werden. Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
  'duplicate.title': 'Ein Deal namens „{name}“ existiert bereits für {account}.',
  'duplicate.thisAccount': 'diesen Account',
  'duplicate.open': 'Öffnen',
  'duplicate.newTab': ' (öffnet in einem neuen Tab)',
  'duplicate.createAnyway': 'Trotzdem anlegen',
  'created.heading': 'Verkaufschance angelegt',
  'created.noLink':
    'Lightfield hat keinen Link zurückgegeben. Finden Sie den Deal in Lightfield über seine ID:',
  'created.open': 'In Lightfield öffnen',
  'created.newTab': 'Öffnet in einem neuen Tab',
  'created.another': 'Neue anlegen',
  'created.anotherFor': 'Noch eine für {account}',
  'created.anotherForThis': 'Noch eine für diesen Account',
  'shortcuts.title': 'Tastenkürzel',
  'shortcuts.open': 'Tastenkürzel (?)',
  'shortcuts.close': 'Schließen',
  'shortcuts.submit': 'Die Verkaufschance anlegen, aus jedem Feld',
  'shortcuts.another': 'Nach dem Anlegen: noch ein Deal für denselben Account',
  'shortcuts.escape': 'Eine offene Liste schließen; das Feld behält seinen Wert',
  'shortcuts.help': 'Diese Hilfe zeigen (außerhalb eines Textfelds)',
  'validation.required': '{label} ist ein Pflichtfeld',
  'validation.enterText': 'Geben Sie Text ein',
  'validation.enterValue': 'Geben Sie einen Wert ein',
  'validation.textTooLong': 'Verwenden Sie höchstens {max} Zeichen',
  'validation.markdownTooLong': 'Dieser Text ist zu lang',
  'validation.enterUrl': 'Geben Sie eine Webadresse ein, etwa https://example.com',
  'validation.enterEmail': 'Geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.com',
  'validation.enterPhone': 'Geben Sie eine Telefonnummer ein, etwa +49 30 1234567',
  'validation.chooseCountry': 'Wählen Sie ein Land (ein zweistelliger ISO-Code wie DE oder US)',
  'validation.addValue': 'Fügen Sie einen Wert hinzu',
  'validation.tooManyValues': 'Fügen Sie höchstens {max} Werte hinzu',
  'validation.chooseYesNo': 'Wählen Sie Ja oder Nein',
  'validation.chooseOption': 'Wählen Sie eine Option',
  'validation.chooseListedOption': 'Wählen Sie eine der aufgeführten Optionen',
  'validation.chooseAtLeastOne': 'Wählen Sie mindestens eine Option',
  'validation.chooseOnlyListed': 'Wählen Sie nur aufgeführte Optionen',
  'validation.chooseRecord': 'Wählen Sie einen Datensatz',
  'validation.tooManyRecords': 'Wählen Sie höchstens {max}',
  'validation.enterHandle': 'Geben Sie einen {service}-Namen oder eine Profil-URL ein',
  'validation.enterProfileUrl': 'Geben Sie eine Profil-URL ein',
  'validation.enterDate': 'Geben Sie ein Datum ein',
  'validation.enterValidDate': 'Geben Sie ein gültiges Datum ein',
  'validation.enterDateWithOffset': 'Geben Sie Datum und Uhrzeit mit UTC-Versatz ein',
  'validation.enterNumber': 'Geben Sie eine Zahl ein',
  'validation.numberTooLarge': 'Diese Zahl ist zu groß',
  'validation.tooManyDecimals': {
    count: 'max',
    one: 'Verwenden Sie höchstens {max} Nachkommastelle',
    other: 'Verwenden Sie höchstens {max} Nachkommastellen',
  },
  'validation.dependentOptions': 'Optionen für {field} bei {parent} „{value}“',
  'validation.notUnderParent': {
    count: 'count',
    one: '{options} gehört nicht zu {parent} „{value}“',
    other: '{options} gehören nicht zu {parent} „{value}“',
  },
  'validation.clearedUnderParent': {
    count: 'count',
    one: '{options} geleert: gehört nicht zu {parent} „{value}“',
    other: '{options} geleert: gehören nicht zu {parent} „{value}“',
  },
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
