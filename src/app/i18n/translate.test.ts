import { describe, expect, it } from 'vitest';
import { phrase } from '../../model/messages/validation-phrases';
import { de } from './messages-de';
import { en, type Catalog } from './messages-en';
import { fr } from './messages-fr';
import { translator, validationSpeller } from './translate';

describe('translator', () => {
  it('picks the catalog by language and falls back to English', () => {
    expect(translator('de-DE')('embed.cancel')).toBe('Abbrechen');
    expect(translator('de-AT')('app.title')).toBe('Neue Verkaufschance');
    expect(translator('fr-FR')('embed.cancel')).toBe('Annuler');
    expect(translator('es-ES')('embed.cancel')).toBe('Cancel');
    expect(translator('en-US')('page.tryAgain')).toBe('Try again');
  });

  it('keeps the accessibility contract’s English names exact in English', () => {
    expect(translator('en-US')('submit.create')).toBe('Create opportunity');
    expect(translator('en-GB')('created.open')).toBe('Open in Lightfield');
    expect(translator('fr-FR')('submit.create')).toBe('Créer l’opportunité');
  });

  it('German and French hold every key English has, and no other', () => {
    for (const catalog of [de, fr] satisfies Catalog[]) {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    }
  });

  it('picks plural forms with Intl.PluralRules and formats numbers and lists for the locale', () => {
    const params = { count: 1, labels: ['Amount'] };
    expect(translator('en')('draft.dropped', params)).toBe(
      'A saved value no longer fits the form and was removed: Amount.',
    );
    expect(translator('en')('draft.dropped', { count: 2, labels: ['Amount', 'Region'] })).toBe(
      '2 saved values no longer fit the form and were removed: Amount and Region.',
    );
    // French counts 0 as singular; German lists with "und".
    expect(translator('fr-FR')('draft.dropped', { count: 0, labels: [] })).toMatch(/^0 valeur /);
    expect(translator('de-DE')('draft.dropped', { count: 2, labels: ['A', 'B'] })).toContain(
      'A und B',
    );
  });

  it('spells the model’s validation phrases in the rep’s language, with the label filled in', () => {
    const required = phrase('required', { label: 'Name' });
    expect(validationSpeller('en-US')(required)).toBe('Name is required');
    expect(validationSpeller('de-DE')(required)).toBe('Name ist ein Pflichtfeld');
    expect(validationSpeller('fr-FR')(required)).toBe('Name est obligatoire');
    const tooLong = phrase('textTooLong', { max: 10_000 });
    expect(validationSpeller('en-US')(tooLong)).toBe('Use at most 10,000 characters');
    expect(validationSpeller('de-DE')(tooLong)).toBe('Verwenden Sie höchstens 10.000 Zeichen');
    // Lightfield's own messages are not phrases: they are shown as they came.
    expect(validationSpeller('de-DE')('Primary use case must name a site')).toBe(
      'Primary use case must name a site',
    );
  });

  it('keeps one speller per locale', () => {
    const required = phrase('required', { label: 'Nom' });
    expect(validationSpeller('fr-CA')).toBe(validationSpeller('fr-CA'));
    expect(validationSpeller('fr-CA')(required)).toBe('Nom est obligatoire');
    expect(validationSpeller('en-US')).not.toBe(validationSpeller('fr-CA'));
  });
});
