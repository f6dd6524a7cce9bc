import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, REPO_ROOT } from '../../server/src/config';
import { langFromAcceptLanguage } from '../../server/src/graphql/lang';

describe('loadConfig', () => {
  it('has a default for everything but the credentials', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      seedOnStart: true,
      timeZone: 'Asia/Almaty',
      neo4j: {
        uri: undefined,
        user: 'neo4j',
        password: undefined,
        database: 'neo4j',
        embedded: { port: 7687, dataDir: path.join(REPO_ROOT, '.data/neo4j'), heap: '768m', pageCache: '128m', transactionMemory: '128m' },
      },
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every variable that is wrong, and why', () => {
    const wrong = { PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', TIME_ZONE: 'Mars/Olympus', NEO4J_EMBEDDED_HEAP: '2 GB' };
    expect(() => loadConfig(wrong)).toThrow(ConfigError);
    try {
      loadConfig(wrong);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT: must be a port number');
      expect(message).toContain('NEO4J_URI: must look like bolt://host:7687');
      expect(message).toContain('TIME_ZONE: must be an IANA time zone');
      expect(message).toContain('NEO4J_EMBEDDED_HEAP: must be a size in megabytes or gigabytes');
    }
  });

  it('bounds requests and clients by default, and reads every bound from the environment', () => {
    expect(loadConfig({})).toMatchObject({
      http: { requestTimeoutMs: 15_000, maxBodyBytes: 100 * 1024, rateLimit: { requests: 1_200, windowSeconds: 60 }, trustProxy: false },
      neo4j: { transactionTimeoutMs: 10_000 },
      limits: { maxQueryTokens: 1_000 },
      introspection: true,
    });
    const configured = loadConfig({
      REQUEST_TIMEOUT_MS: '5000',
      NEO4J_TRANSACTION_TIMEOUT_MS: '4000',
      MAX_BODY_KB: '20',
      RATE_LIMIT_REQUESTS: '0',
      TRUST_PROXY: 'loopback, 10.0.0.0/8',
      MAX_QUERY_TOKENS: '500',
      INTROSPECTION: 'false',
    });
    expect(configured).toMatchObject({
      http: { requestTimeoutMs: 5_000, maxBodyBytes: 20 * 1024, rateLimit: null, trustProxy: ['loopback', '10.0.0.0/8'] },
      neo4j: { transactionTimeoutMs: 4_000 },
      limits: { maxQueryTokens: 500 },
      introspection: false,
    });
    expect(loadConfig({ TRUST_PROXY: '2' }).http.trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'true' }).http.trustProxy).toBe(true);
  });

  it('refuses a transaction timeout that is not shorter than the request timeout, and proxies it cannot read', () => {
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '5000', NEO4J_TRANSACTION_TIMEOUT_MS: '5000' })).toThrow(
      'NEO4J_TRANSACTION_TIMEOUT_MS: must be shorter than REQUEST_TIMEOUT_MS',
    );
    expect(() => loadConfig({ TRUST_PROXY: 'somewhere' })).toThrow('TRUST_PROXY: must be false, true, a number of proxies');
    expect(() => loadConfig({ RATE_LIMIT_REQUESTS: '-1' })).toThrow('RATE_LIMIT_REQUESTS');
  });

  it('reads the password from a file when NEO4J_PASSWORD_FILE is set', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-config-')), 'password');
    writeFileSync(file, 'from-a-file\n');
    expect(loadConfig({ NEO4J_PASSWORD_FILE: file }).neo4j.password).toBe('from-a-file');
    expect(() => loadConfig({ NEO4J_PASSWORD_FILE: '/nonexistent/secret' })).toThrow(
      'NEO4J_PASSWORD_FILE: cannot read /nonexistent/secret',
    );
  });

  it('never repeats the password in its errors', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: 'hunter2', PORT: 'x' })).toThrow(ConfigError);
    try {
      loadConfig({ NEO4J_PASSWORD: 'hunter2', PORT: 'x' });
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
    }
  });
});

describe('langFromAcceptLanguage', () => {
  it('takes the most preferred of Kazakh, Russian and English, and English otherwise', () => {
    expect(langFromAcceptLanguage('kk-KZ,kk;q=0.9,ru;q=0.8')).toBe('kk');
    expect(langFromAcceptLanguage('en;q=0.4, ru;q=0.9')).toBe('ru');
    expect(langFromAcceptLanguage('de, fr;q=0.8')).toBe('en');
    expect(langFromAcceptLanguage(undefined)).toBe('en');
    expect(langFromAcceptLanguage('ru;q=0, kk;q=0.1')).toBe('kk');
  });

  it("follows the header's order among equal preferences, whatever the region or case, and shrugs off nonsense", () => {
    expect(langFromAcceptLanguage('en-US, kk')).toBe('en');
    expect(langFromAcceptLanguage('RU-ru,en')).toBe('ru');
    expect(langFromAcceptLanguage('de, *;q=0.5, kk;q=0.4')).toBe('kk');
    expect(langFromAcceptLanguage('')).toBe('en');
    expect(langFromAcceptLanguage(';;,,"ru;q=abc, kk')).toBe('kk');
  });
});
