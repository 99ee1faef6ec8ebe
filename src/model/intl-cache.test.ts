import { describe, expect, it } from 'vitest';
import { displayNamesFor, numberFormat } from './intl-cache';

describe('intl-cache', () => {
  it('builds one NumberFormat per locale and options, and formats as a fresh one would', () => {
    const a = numberFormat('de-DE', { maximumFractionDigits: 2 });
    expect(numberFormat('de-DE', { maximumFractionDigits: 2 })).toBe(a);
    expect(numberFormat('de-DE')).not.toBe(a);
    expect(numberFormat('en-US', { maximumFractionDigits: 2 })).not.toBe(a);
    expect(a.format(1250000.5)).toBe(
      new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(1250000.5),
    );
  });

  it('throws for an unknown currency, as the constructor does', () => {
    expect(() => numberFormat('en-US', { style: 'currency', currency: 'NOPE!' })).toThrow(
      RangeError,
    );
  });

  it('shares DisplayNames per locale and type, and gives null where Intl cannot build one', () => {
    const regions = displayNamesFor('de-DE', 'region');
    expect(displayNamesFor('de-DE', 'region')).toBe(regions);
    expect(regions?.of('FR')).toBe('Frankreich');
    expect(displayNamesFor('de-DE', 'currency')?.of('EUR')).toBe('Euro');
    expect(displayNamesFor('not a locale!', 'region')).toBeNull();
  });
});
