import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Lang } from '../../ontology/src';
import { questionOf } from '../../server/src/http/graphql.endpoint';

// The key under which /graphql keeps an answer: two requests with the same key get the same
// answer from memory, so everything the answer depends on must be in it, and nothing else.

const TODAY = '2024-05-01';
const GET_QUERY = `/graphql?query=${encodeURIComponent('query ($id: ID!) { entity(id: $id) { id name } }')}&variables=${encodeURIComponent('{"id":"senate"}')}`;
const POST_BODY = JSON.stringify({ query: 'query ($id: ID!) { entity(id: $id) { id name } }', variables: { id: 'senate' } });

interface Asked {
  method?: string;
  url?: string;
  headers?: IncomingHttpHeaders;
  body?: string;
  lang?: Lang;
  today?: string;
}

/** The key of a request shaped as node:http gives it (only the fields the key may read are set). */
function keyOf({ method = 'GET', url = GET_QUERY, headers = {}, body = '', lang = 'en', today = TODAY }: Asked): string | null {
  const request = { method, url, headers: { accept: 'application/json', ...headers } } as unknown as IncomingMessage;
  return questionOf(request, body, lang, today);
}

const get = (changes: Asked = {}): Asked => ({ method: 'GET', url: GET_QUERY, ...changes });
const post = (changes: Asked = {}): Asked => ({
  method: 'POST',
  url: '/graphql',
  body: POST_BODY,
  ...changes,
  headers: { 'content-type': 'application/json', ...changes.headers },
});

describe('questionOf', () => {
  it('gives the same GET the same key, and a key for it at all', () => {
    expect(keyOf(get())).not.toBeNull();
    expect(keyOf(get())).toBe(keyOf(get()));
  });

  it('gives the same POST the same key', () => {
    expect(keyOf(post())).not.toBeNull();
    expect(keyOf(post())).toBe(keyOf(post()));
  });

  it('ignores what the answer does not depend on', () => {
    expect(keyOf(get({ headers: { 'user-agent': 'curl/8.0' } }))).toBe(keyOf(get({ headers: { 'user-agent': 'Mozilla/5.0' } })));
    expect(keyOf(post({ headers: { 'x-request-id': 'a' } }))).toBe(keyOf(post({ headers: { 'x-request-id': 'b' } })));
  });

  const differences: [string, Asked, Asked][] = [
    ['the variables of a GET', get(), get({ url: GET_QUERY.replace('senate', 'mazhilis') })],
    ['the operation of a GET', get(), get({ url: '/graphql?query=%7B__typename%7D' })],
    ['the variables of a POST', post(), post({ body: POST_BODY.replace('senate', 'mazhilis') })],
    ['the query string of a POST', post(), post({ url: '/graphql?debug=1' })],
    ['the language, GET', get({ lang: 'kk' }), get({ lang: 'ru' })],
    ['the language, POST', post({ lang: 'en' }), post({ lang: 'kk' })],
    [
      'the Accept header, GET',
      get({ headers: { accept: 'application/json' } }),
      get({ headers: { accept: 'application/graphql-response+json' } }),
    ],
    ['the Accept header, POST', post({ headers: { accept: 'application/json' } }), post({ headers: { accept: 'text/html' } })],
    ['the Origin, GET', get({ headers: { origin: 'https://a.example' } }), get({ headers: { origin: 'https://b.example' } })],
    ['an Origin or none', get(), get({ headers: { origin: 'https://a.example' } })],
    ['the Origin, POST', post({ headers: { origin: 'https://a.example' } }), post({ headers: { origin: 'https://b.example' } })],
    ['the day, GET', get({ today: '2024-05-01' }), get({ today: '2024-05-02' })],
    ['the day, POST', post({ today: '2024-05-01' }), post({ today: '2024-05-02' })],
    [
      'the content type of a POST',
      post({ headers: { 'content-type': 'application/json' } }),
      post({ headers: { 'content-type': 'text/plain' } }),
    ],
    ['a content type or none', post(), { method: 'POST', url: '/graphql', body: POST_BODY }],
    ['GET or POST of the same text', get({ url: '/graphql?x' }), post({ url: '/graphql?x', body: '', headers: { 'content-type': '' } })],
  ];

  it.each(differences)('differs by %s', (_name, one, other) => {
    const [a, b] = [keyOf(one), keyOf(other)];
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(a).not.toBe(b);
  });

  it('keeps the fields apart: a value cannot pass for the next field', () => {
    // The same characters split differently between the Accept and Origin headers.
    const one = keyOf(get({ headers: { accept: 'application/json', origin: 'x' } }));
    const other = keyOf(get({ headers: { accept: 'application/jsonx', origin: '' } }));
    expect(one).not.toBe(other);
    // ...and between the language and the Accept header.
    expect(keyOf(get({ lang: 'kk', headers: { accept: 'en' } }))).not.toBe(keyOf(get({ lang: 'en', headers: { accept: 'kk' } })));
  });

  it.each(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'])('is null for %s', (method) => {
    expect(keyOf({ method, url: GET_QUERY, body: POST_BODY })).toBeNull();
  });

  it('is null for a GET without a query string, or a request without a method', () => {
    expect(keyOf(get({ url: '/graphql' }))).toBeNull();
    const noMethod = { url: GET_QUERY, headers: {} } as unknown as IncomingMessage;
    expect(questionOf(noMethod, '', 'en', TODAY)).toBeNull();
  });
});
