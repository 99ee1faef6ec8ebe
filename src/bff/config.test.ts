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
    });
  });

  it('reads every setting', () => {
    const config = readConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      LIGHTFIELD_API_KEY: ' sk_lf_live ',
      LIGHTFIELD_API_URL: 'http://127.0.0.1:9999/',
      ALLOWED_ORIGINS: 'https://portal.example.com, https://Intranet.Example.org:8443',
      FRAME_ANCESTORS: "'self'   https://portal.example.com *.example.org",
      TRUSTED_USER_HEADER: 'X-Forwarded-Email',
      TRUST_PROXY: 'true',
      RATE_LIMIT_PER_MINUTE: '0',
      UPSTREAM_RATE_LIMIT_PER_SECOND: '10',
      UPSTREAM_RETRY_BUDGET_MS: '0',
      DEMO_FAULTS: 'Chaos',
      LOG_LEVEL: 'DEBUG',
      LOG_FORMAT: 'pretty',
      SHUTDOWN_TIMEOUT_MS: '5000',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      mode: 'live',
      apiKey: 'sk_lf_live',
      apiUrl: 'http://127.0.0.1:9999',
      allowedOrigins: ['https://portal.example.com', 'https://intranet.example.org:8443'],
      frameAncestors: "'self' https://portal.example.com *.example.org",
      trustedUserHeader: 'X-Forwarded-Email',
      trustProxy: true,
      rateLimitPerMinute: 0,
      upstreamRatePerSecond: 10,
      upstreamRetryBudgetMs: 0,
      demoFaults: 'chaos',
      logLevel: 'debug',
      logFormat: 'pretty',
      shutdownTimeoutMs: 5_000,
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
});
