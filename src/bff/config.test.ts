import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

const fails = (env: Record<string, string>) => {
  try {
    readConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration', () => {
  it('defaults to the run contract: demo mode on 127.0.0.1:3000, safe limits', () => {
    expect(readConfig({})).toEqual({
      host: '127.0.0.1',
      port: 3000,
      mode: 'demo',
      apiKey: null,
      apiUrl: 'https://api.lightfield.app',
      upstreamTimeoutMs: 10_000,
      allowedOrigins: [],
      frameAncestors: "'self'",
      trustedUserHeader: null,
      trustProxy: false,
      rateLimitPerMinute: 300,
      upstreamRatePerSecond: 25,
      upstreamRetryBudgetMs: 20_000,
      demoFaults: 'off',
      logLevel: 'info',
      logFormat: 'json',
      shutdownTimeoutMs: 25_000,
      shutdownDrainMs: 5_000,
      allowedHosts: [],
      redisUrl: null,
      replicasHint: 2,
    });
  });

  it('reads every setting', () => {
    const config = readConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      LIGHTFIELD_API_KEY: ' sk_lf_live ',
      LIGHTFIELD_API_URL: 'http://127.0.0.1:9999/',
      ALLOWED_ORIGINS: 'https://portal.example.com, https://Intranet.Example.org:8443',
      FRAME_ANCESTORS: "'self'   https://portal.example.com intranet.example.org:8443",
      TRUSTED_USER_HEADER: 'X-Forwarded-Email',
      TRUST_PROXY: 'true',
      RATE_LIMIT_PER_MINUTE: '0',
      UPSTREAM_RATE_LIMIT_PER_SECOND: '10',
      UPSTREAM_RETRY_BUDGET_MS: '0',
      DEMO_FAULTS: 'Chaos',
      LOG_LEVEL: 'DEBUG',
      LOG_FORMAT: 'pretty',
      SHUTDOWN_TIMEOUT_MS: '5000',
      SHUTDOWN_DRAIN_MS: '1000',
      ALLOWED_HOSTS: 'Deals.Example.com, deals.internal',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      mode: 'live',
      apiKey: 'sk_lf_live',
      apiUrl: 'http://127.0.0.1:9999',
      allowedOrigins: ['https://portal.example.com', 'https://intranet.example.org:8443'],
      frameAncestors: "'self' https://portal.example.com intranet.example.org:8443",
      trustedUserHeader: 'X-Forwarded-Email',
      trustProxy: true,
      rateLimitPerMinute: 0,
      upstreamRatePerSecond: 10,
      upstreamRetryBudgetMs: 0,
      demoFaults: 'chaos',
      logLevel: 'debug',
      logFormat: 'pretty',
      shutdownTimeoutMs: 5_000,
      shutdownDrainMs: 1_000,
      // HOST 0.0.0.0 is every interface, not a name: only the listed names join.
      allowedHosts: ['deals.example.com', 'deals.internal'],
    });
  });

  it('names each bad variable, all at once, without echoing values', () => {
    const message = fails({
      PORT: 'eighty',
      RATE_LIMIT_PER_MINUTE: '-1',
      ALLOWED_ORIGINS: 'https://ok.example, https://bad.example/path',
      FRAME_ANCESTORS: "'self'; script-src *",
      TRUSTED_USER_HEADER: 'Authorization',
      TRUST_PROXY: 'yes please',
      LOG_FORMAT: 'xml',
      UPSTREAM_RATE_LIMIT_PER_SECOND: '0',
      LIGHTFIELD_API_KEY: 'sk_lf_secret_value',
      LIGHTFIELD_API_URL: 'ftp://x',
    });
    for (const name of [
      'PORT',
      'RATE_LIMIT_PER_MINUTE',
      'ALLOWED_ORIGINS',
      'FRAME_ANCESTORS',
      'TRUSTED_USER_HEADER',
      'TRUST_PROXY',
      'LOG_FORMAT',
      'UPSTREAM_RATE_LIMIT_PER_SECOND',
      'LIGHTFIELD_API_URL',
    ]) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain('sk_lf_secret_value');
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ LIGHTFIELD_API_KEY: '', PORT: '', TRUSTED_USER_HEADER: '' })).toMatchObject(
      {
        mode: 'demo',
        port: 3000,
        trustedUserHeader: null,
      },
    );
  });

  it('refuses wildcard and path origins, and mixing none with others in frame-ancestors', () => {
    expect(fails({ ALLOWED_ORIGINS: '*' })).toContain('ALLOWED_ORIGINS');
    expect(fails({ ALLOWED_ORIGINS: 'portal.example.com' })).toContain('ALLOWED_ORIGINS');
    expect(fails({ FRAME_ANCESTORS: "'none' 'self'" })).toContain('FRAME_ANCESTORS');
    expect(readConfig({ FRAME_ANCESTORS: "'none'" }).frameAncestors).toBe("'none'");
  });

  it('lets HOST join the allowed hosts when it is a name, and fits the drain into a short timeout', () => {
    expect(readConfig({ HOST: 'deals.local' }).allowedHosts).toEqual(['deals.local']);
    expect(readConfig({ HOST: '127.0.0.1' }).allowedHosts).toEqual([]);
    expect(readConfig({ SHUTDOWN_TIMEOUT_MS: '2000' }).shutdownDrainMs).toBe(2_000);
    expect(fails({ SHUTDOWN_TIMEOUT_MS: '2000', SHUTDOWN_DRAIN_MS: '3000' })).toContain(
      'SHUTDOWN_DRAIN_MS',
    );
    expect(fails({ ALLOWED_HOSTS: 'https://deals.example.com' })).toContain('ALLOWED_HOSTS');
    expect(fails({ ALLOWED_HOSTS: '*.example.com' })).toContain('ALLOWED_HOSTS');
  });
});

describe('issue #19, finding 8: quiet misconfigurations stop the server with a message', () => {
  it('refuses a whitespace key, a keyless image, wildcards, bare schemes, borrowed headers and plain http', () => {
    // A whitespace-only key is a mistake everywhere, never "demo mode".
    const blank = fails({ LIGHTFIELD_API_KEY: '  \t ' });
    expect(blank).toContain('LIGHTFIELD_API_KEY');
    // In the image (NODE_ENV=production) demo mode is only ever on purpose…
    expect(fails({ NODE_ENV: 'production' })).toMatch(/LIGHTFIELD_API_KEY.*DEMO=1/);
    expect(fails({ NODE_ENV: 'production', LIGHTFIELD_API_KEY: '' })).toContain('DEMO=1');
    expect(readConfig({ NODE_ENV: 'production', DEMO: '1' }).mode).toBe('demo');
    expect(fails({ DEMO: '1', LIGHTFIELD_API_KEY: 'sk_lf_x' })).toContain('DEMO');
    // …while npm start elsewhere keeps "unset or empty means demo".
    expect(readConfig({ LIGHTFIELD_API_KEY: '' }).mode).toBe('demo');

    for (const value of ['https://*.example.com', 'https://*', '*']) {
      expect(fails({ ALLOWED_ORIGINS: value })).toContain(`ALLOWED_ORIGINS: “${value}”`);
    }
    for (const value of ['https:', 'http:', '*', '*.example.com', 'https://portal.example.com:*']) {
      expect(fails({ FRAME_ANCESTORS: `'self' ${value}` })).toContain(
        `FRAME_ANCESTORS: “${value}”`,
      );
    }
    for (const header of [
      'X-Forwarded-For',
      'x-request-id',
      'X-Real-IP',
      'Forwarded',
      'Sec-Fetch-Site',
    ]) {
      expect(fails({ TRUSTED_USER_HEADER: header })).toContain(`TRUSTED_USER_HEADER: “${header}”`);
    }
    expect(readConfig({ TRUSTED_USER_HEADER: 'X-Forwarded-Email' }).trustedUserHeader).toBe(
      'X-Forwarded-Email',
    );

    for (const url of [
      'http://api.lightfield.app',
      'http://10.0.0.5:8080',
      'https://u:p@api.example.com',
    ]) {
      const message = fails({ LIGHTFIELD_API_URL: url });
      expect(message).toContain('LIGHTFIELD_API_URL');
      // A URL may carry credentials: it is named, never quoted.
      expect(message).not.toContain(url);
    }
    for (const url of ['http://127.0.0.1:9999', 'http://localhost:4000/', 'http://[::1]:8080']) {
      expect(readConfig({ LIGHTFIELD_API_URL: url }).apiUrl).toBe(url.replace(/\/$/, ''));
    }
  });
});
