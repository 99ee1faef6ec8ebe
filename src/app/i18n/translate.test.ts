import { describe, expect, it } from 'vitest';
import { de } from './messages-de';
import { en } from './messages-en';
import { translator } from './translate';

describe('translator', () => {
  it('picks the catalog by language and falls back to English', () => {
    expect(translator('de-DE')('embed.cancel')).toBe('Abbrechen');
    expect(translator('de-AT')('app.title')).toBe('Neue Verkaufschance');
    expect(translator('fr-FR')('embed.cancel')).toBe('Cancel');
    expect(translator('en-US')('page.tryAgain')).toBe('Try again');
  });

  it('German translates every English string the catalog has', () => {
    for (const key of Object.keys(de)) expect(Object.keys(en)).toContain(key);
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });
});
