import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

describe('docker-compose.yml', () => {
  const document = parseDocument(readFileSync(path.resolve(__dirname, '../../docker-compose.yml'), 'utf8'), { uniqueKeys: true });
  const compose = document.toJS() as {
    services: Record<
      string,
      {
        image?: string;
        build?: string;
        ports?: string[];
        depends_on?: Record<string, { condition: string }>;
        healthcheck?: { test: string[] };
        environment?: Record<string, unknown>;
      }
    >;
  };

  it('is valid YAML', () => {
    expect(document.errors).toEqual([]);
  });

  it('runs the app on port 4000 against the official neo4j:5 image, started only once healthy', () => {
    expect(compose.services.neo4j.image).toBe('neo4j:5');
    expect(compose.services.neo4j.healthcheck?.test.length).toBeGreaterThan(0);
    expect(compose.services.app.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(compose.services.app.ports).toEqual(['4000:4000']);
    expect(compose.services.app.environment).toMatchObject({ NEO4J_URI: 'bolt://neo4j:7687' });
  });

  it("does not publish Neo4j's ports", () => {
    expect(compose.services.neo4j.ports).toBeUndefined();
  });
});
