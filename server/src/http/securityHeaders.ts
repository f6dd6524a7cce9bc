import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';

/** The routes any site may frame or load: what course pages embed. */
export const EMBED_ROUTES = ['/embed', '/kz-legal-graph.js', '/oembed'] as const;

export const isEmbedRoute = (path: string) => EMBED_ROUTES.some((route) => path === route || path.startsWith(`${route}/`));

/**
 * What the explorer's own pages may load and run: only this site's scripts; styles also inline,
 * because Cytoscape.js and the web component write `<style>` elements at run time; images also
 * from `data:` and `blob:`, which the PNG and SVG downloads draw through.
 */
const APP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  // Not helmet's default: on a plain-HTTP intranet it would send the page's requests to an
  // HTTPS that is not there. A proxy that terminates TLS may add it (and HSTS, below).
  upgradeInsecureRequests: null,
};

const common = {
  // HSTS belongs to whoever terminates TLS: this app serves plain HTTP and does not know the
  // domain's other sites (includeSubDomains would bind them all).
  strictTransportSecurity: false,
  referrerPolicy: { policy: 'no-referrer' as const },
};

/** The explorer and everything else of this site: framed only by itself (clickjacking). */
const appHeaders = helmet({
  ...common,
  contentSecurityPolicy: { useDefaults: false, directives: { ...APP_DIRECTIVES, frameAncestors: ["'self'"] } },
  xFrameOptions: { action: 'sameorigin' },
});

/** What course pages embed: any site may frame or load it. */
const embedHeaders = helmet({
  ...common,
  contentSecurityPolicy: { useDefaults: false, directives: { ...APP_DIRECTIVES, frameAncestors: ['*'] } },
  xFrameOptions: false,
  crossOriginResourcePolicy: { policy: 'cross-origin' },
});

/**
 * The GraphQL IDE's page at /graphql, which is built with the explorer and needs no more than it
 * does (its editor's workers are scripts of this site too).
 */
const ideHeaders = helmet({
  ...common,
  contentSecurityPolicy: { useDefaults: false, directives: { ...APP_DIRECTIVES, frameAncestors: ["'self'"] } },
  xFrameOptions: { action: 'sameorigin' },
  crossOriginResourcePolicy: { policy: 'cross-origin' },
});

/**
 * The API's JSON answers, for any site's pages (CORS): what OWASP's REST Security Cheat Sheet
 * asks of an API (a policy that loads and frames nothing, nosniff, no framing), and none of the
 * headers that only mean something for a page (opener and agent-cluster isolation, DNS
 * prefetching, IE's download and XSS filters, Flash's policy files), which every answer would
 * otherwise carry for nothing.
 */
const apiHeaders = helmet({
  ...common,
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  xFrameOptions: { action: 'deny' },
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
});

/**
 * Sets the security headers of a page for `path` (the IDE's at /graphql): a
 * Content-Security-Policy, X-Content-Type-Options, Referrer-Policy and helmet's other defaults;
 * the embed routes may be framed by any site, everything else only by this one.
 */
export function setSecurityHeaders(path: string, response: ServerResponse): void {
  const headers = path === '/graphql' ? IDE_HEADERS : isEmbedRoute(path) ? EMBED_HEADERS : APP_HEADERS;
  for (const [name, value] of headers) response.setHeader(name, value);
}

/** Sets the security headers of a GraphQL answer (JSON), errors included. */
export function setApiSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of API_HEADERS) response.setHeader(name, value);
}

/**
 * The headers helmet sets, worked out once: its middlewares only set headers, and with static
 * directives those never depend on the request, while working them out costs more per request
 * than sending them (every answer of the API pays it).
 */
function headersSetBy(middleware: ReturnType<typeof helmet>): [string, string][] {
  const response = new ServerResponse(new IncomingMessage(new Socket()));
  middleware(response.req, response, () => undefined);
  return Object.entries(response.getHeaders()).map(([name, value]) => [name, String(value)]);
}

const IDE_HEADERS = headersSetBy(ideHeaders);
const API_HEADERS = headersSetBy(apiHeaders);
const EMBED_HEADERS = headersSetBy(embedHeaders);
const APP_HEADERS = headersSetBy(appHeaders);
