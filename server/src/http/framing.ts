import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

/** The routes any site may frame or load: what course pages embed. */
export const EMBED_ROUTES = ['/embed', '/kz-legal-graph.js', '/oembed'] as const;

export const isEmbedRoute = (path: string) => EMBED_ROUTES.some((route) => path === route || path.startsWith(`${route}/`));

/**
 * Framing: the embed routes may be framed by any origin; everything else only by this site, so
 * that no other page can dress the explorer up as its own and steer clicks (clickjacking).
 */
export function setFramingHeaders(path: string, response: ServerResponse): void {
  if (isEmbedRoute(path)) {
    response.setHeader('Content-Security-Policy', 'frame-ancestors *');
  } else {
    response.setHeader('Content-Security-Policy', "frame-ancestors 'self'");
    response.setHeader('X-Frame-Options', 'SAMEORIGIN');
  }
}

/** `setFramingHeaders` for the Express routes. */
export const framingRules: RequestHandler = (request, response, next) => {
  setFramingHeaders(request.path, response);
  next();
};
