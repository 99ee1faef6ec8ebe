import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pickCoding } from './http-negotiation';
import { spaRoutes } from './spa-routes';
import { loadStaticFiles } from './static-files';
import { setupBff } from '../testing/bff-harness';

describe('pickCoding', () => {
  const both = ['br', 'gzip'] as const;
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['gzip;q=0.8, br;q=0.9', 'br'],
    ['BR;Q=0.2, GZIP;Q=0.3', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['identity;q=1, br;q=0.5', 'identity'],
    ['br;q=0.5, identity;q=0.5', 'br'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['deflate', 'identity'],
    ['br;q=2, gzip;q=abc, identity', 'identity'],
    // Nothing on offer is acceptable: identity anyway rather than a 406.
    ['*;q=0', 'identity'],
  ])('Accept-Encoding %j → %s', (header, expected) => {
    expect(pickCoding(header, both)).toBe(expected);
  });

  it('offers only the variants that exist', () => {
    expect(pickCoding('gzip, br', ['gzip'])).toBe('gzip');
    expect(pickCoding('br', [])).toBe('identity');
  });
});

describe('the static files of the built app', () => {
  const root = mkdtempSync(join(tmpdir(), 'deal-form-static-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const script = `export const answer = ${JSON.stringify('x'.repeat(4000))};\n`;
  const page = '<!doctype html><div id="root"></div>';
  const write = (name: string, text: string, variants = true) => {
    writeFileSync(join(root, name), text);
    if (!variants) return;
    writeFileSync(join(root, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(root, `${name}.gz`), gzipSync(text));
  };
  mkdirSync(join(root, 'assets'));
  write('index.html', page);
  write('assets/index-abc123.js', script);
  write('embed.js', 'window.DealForm = {};');
  write('favicon.svg', '<svg/>', false);

  const { request } = setupBff({ spa: spaRoutes(root) });
  const get = (path: string, headers: Record<string, string> = {}) => request(path, { headers });
  const ASSET = '/assets/index-abc123.js';

  it('sends brotli, then gzip, then identity, as Accept-Encoding weights them', async () => {
    const br = await get(ASSET, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(script);

    const gzip = await get(ASSET, { 'Accept-Encoding': 'br;q=0.1, gzip;q=0.9' });
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(script);

    const asked: Record<string, string>[] = [
      {},
      { 'Accept-Encoding': 'identity' },
      { 'Accept-Encoding': '*;q=0' },
    ];
    for (const headers of asked) {
      const plain = await get(ASSET, headers);
      expect(plain.headers.get('Content-Encoding'), JSON.stringify(headers)).toBeNull();
      expect(await plain.text()).toBe(script);
    }
  });

  it('says Vary: Accept-Encoding on every coding, 304s included, and a tag per coding', async () => {
    const tags = new Set<string>();
    for (const accept of ['br', 'gzip', 'identity']) {
      const res = await get(ASSET, { 'Accept-Encoding': accept });
      expect(res.status).toBe(200);
      expect(res.headers.get('Vary'), accept).toBe('Accept-Encoding');
      expect(res.headers.get('Content-Type')).toMatch(/^text\/javascript/);
      expect(Number(res.headers.get('Content-Length'))).toBe((await res.arrayBuffer()).byteLength);
      const etag = res.headers.get('ETag') ?? '';
      expect(etag).toMatch(/^"[\w-]+"$/);
      tags.add(etag);

      const again = await get(ASSET, { 'Accept-Encoding': accept, 'If-None-Match': etag });
      expect(again.status).toBe(304);
      expect(again.headers.get('Vary')).toBe('Accept-Encoding');
      expect(await again.text()).toBe('');
    }
    expect(tags.size).toBe(3);
    // Another coding's tag does not validate this one.
    const brTag = (await get(ASSET, { 'Accept-Encoding': 'br' })).headers.get('ETag') ?? '';
    expect((await get(ASSET, { 'Accept-Encoding': 'gzip', 'If-None-Match': brTag })).status).toBe(
      200,
    );
  });

  it('keeps fingerprinted assets for a year, the loader for minutes, the page revalidated', async () => {
    const cache = async (path: string) =>
      (await get(path, { 'Accept-Encoding': 'br' })).headers.get('Cache-Control');
    expect(await cache(ASSET)).toBe('public, max-age=31536000, immutable');
    expect(await cache('/embed.js')).toBe('public, max-age=300');
    expect(await cache('/')).toBe('no-cache');
    expect(await cache('/index.html')).toBe('no-cache');
    expect(await cache('/favicon.svg')).toBe('public, max-age=86400');
  });

  it('serves the page, compressed, at / and at client routes, with a 304 on the next visit', async () => {
    for (const path of ['/', '/some/client/route', '/?embed=1']) {
      const res = await get(path, { 'Accept-Encoding': 'br' });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
      expect(res.headers.get('Content-Encoding')).toBe('br');
      expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(page);
      const etag = res.headers.get('ETag') ?? '';
      const again = await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': etag });
      expect(again.status, path).toBe(304);
    }
  });

  it('answers 404 for a file that is not there, never the page in its place', async () => {
    for (const path of ['/assets/index-old999.js', '/assets/', '/favicon.ico', '/robots.txt']) {
      const res = await get(path, { 'Accept-Encoding': 'br' });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('Content-Type'), path).toMatch(/^application\/json/);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
    // The variants are served by negotiation only.
    expect((await get(`${ASSET}.br`)).status).toBe(404);
  });

  it('sends a file without variants as it is, without Vary', async () => {
    const res = await get('/favicon.svg', { 'Accept-Encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(res.headers.get('Vary')).toBeNull();
    expect(await res.text()).toBe('<svg/>');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await request(ASSET, { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(Number(res.headers.get('Content-Length'))).toBeGreaterThan(0);
    expect(await res.text()).toBe('');
  });

  it('refuses to start on a variant that is not its file (left from another build)', () => {
    const stale = mkdtempSync(join(tmpdir(), 'deal-form-stale-'));
    try {
      writeFileSync(join(stale, 'index.html'), page);
      writeFileSync(join(stale, 'index.html.gz'), gzipSync('<!doctype html>old'));
      expect(() => loadStaticFiles(stale)).toThrow(/index\.html\.gz does not decompress/);
    } finally {
      rmSync(stale, { recursive: true, force: true });
    }
  });
});
