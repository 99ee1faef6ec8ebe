import { describe, expect, it } from 'vitest';
import { checkMountOptions, checkPrefill, embedUrl } from './mount-options';

describe('checkMountOptions', () => {
  it('accepts every documented option', () => {
    const noop = () => {};
    const options = checkMountOptions({
      prefill: {
        name: 'Acme renewal',
        stage: 'Discovery',
        account: 'acc_1',
        owner: 'mem_1',
        $amount: 12000,
        $champions: ['con_1', 'con_2'],
        $billingAddress: { city: 'Berlin', country: 'DE' },
        dealType: null,
        $closed: false,
      },
      lock: ['$account', 'stage'],
      hide: ['owner'],
      theme: { mode: 'dark', density: 'compact', primary: '#0a7', radius: '2px', font: 'Inter' },
      locale: 'de-de',
      appUrl: 'https://deals.example.com/',
      title: 'New deal',
      onReady: noop,
      onResize: noop,
      onSubmitted: noop,
      onError: noop,
      onCancel: noop,
    });
    expect(options.locale).toBe('de-DE');
    expect(options.lock).toEqual(['$account', 'stage']);
  });

  it('accepts no options at all, and theme shorthands', () => {
    expect(checkMountOptions(undefined)).toEqual({});
    expect(checkMountOptions({ theme: 'auto' }).theme).toBe('auto');
  });

  it.each([
    [[], /options must be a plain object/],
    [{ prefil: {} }, /unknown option "prefil"/],
    [{ onSubmitted: 'done' }, /onSubmitted must be a function/],
    [{ prefill: [] }, /prefill must be a plain object/],
    [{ prefill: { 'a b': 'x' } }, /"a b" is not a key/],
    [{ prefill: { $amount: () => 1 } }, /prefill.\$amount must be/],
    [{ prefill: { $amount: Number.NaN } }, /prefill.\$amount must be/],
    [{ prefill: { $tags: [1, 2] } }, /prefill.\$tags must be/],
    [{ prefill: { $addr: { nested: { deep: 1 } } } }, /prefill.\$addr must be/],
    [{ lock: '$account' }, /lock must be an array/],
    [{ hide: ['$ok', '../x'] }, /hide: "..\/x" is not a key/],
    [{ theme: 'sepia' }, /theme must be light\/dark\/auto/],
    [{ theme: { mode: 'dim' } }, /theme.mode must be/],
    [{ theme: { density: 'tight' } }, /theme.density must be/],
    [{ theme: { primary: 'red; } body { display:none' } }, /theme.primary is not a CSS value/],
    [{ theme: { shadow: '0 0 1px' } }, /theme.shadow is not a theme option/],
    [{ locale: 'not a locale!' }, /locale "not a locale!" is not a valid language tag/],
    [{ locale: 42 }, /locale must be a string/],
    [{ appUrl: 'javascript:alert(1)' }, /appUrl must be an http\(s\) URL/],
    [{ title: 7 }, /title must be a string/],
  ])('rejects %j', (options, message) => {
    expect(() => checkMountOptions(options)).toThrow(TypeError);
    expect(() => checkMountOptions(options)).toThrow(message);
  });

  it('checks an update prefill alone', () => {
    expect(checkPrefill({ name: 'x' })).toEqual({ name: 'x' });
    expect(() => checkPrefill('name=x')).toThrow(/prefill must be a plain object/);
  });
});

describe('embedUrl', () => {
  it('carries the options the app needs before the first message', () => {
    const url = new URL(
      embedUrl('https://deals.example.com/embed.js', 'https://portal.example.com', {
        prefill: { account: 'acc_1' },
        lock: ['account'],
        hide: ['owner', '$amount'],
        theme: 'dark',
        locale: 'de-DE',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://deals.example.com/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      embed: '1',
      parentOrigin: 'https://portal.example.com',
      prefill: '{"account":"acc_1"}',
      lock: 'account',
      hide: 'owner,$amount',
      theme: 'dark',
      locale: 'de-DE',
    });
  });
});
