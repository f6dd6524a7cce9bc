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
      neo4j: { uri: undefined, user: 'neo4j', password: undefined, database: 'neo4j', embedded: { port: 7687, dataDir: path.join(REPO_ROOT, '.data/neo4j'), heap: '768m', pageCache: '128m', transactionMemory: '128m' } },
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

  it('reads the password from a file when NEO4J_PASSWORD_FILE is set', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD_FILE: '/nonexistent/secret' })).toThrow('NEO4J_PASSWORD_FILE: cannot read /nonexistent/secret');
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
});
