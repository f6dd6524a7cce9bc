import type { IncomingMessage, ServerResponse } from 'node:http';
import proxyAddr from 'proxy-addr';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { HttpSettings } from '../config';

/** Lets a request through (true), or answers it 429 with Retry-After (false). */
export type RateLimit = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/** Express's reading of `trust proxy`, for requests that never reach Express. */
function trustOf(trustProxy: HttpSettings['trustProxy']): (address: string, hop: number) => boolean {
  if (typeof trustProxy === 'boolean') return () => trustProxy;
  if (typeof trustProxy === 'number') return (_address, hop) => hop < trustProxy;
  return proxyAddr.compile(trustProxy);
}

/**
 * At most `requests` requests per `windowSeconds` from one client address (behind trusted
 * proxies, the address they report); past that, 429 with Retry-After in seconds and a JSON
 * error. In memory: a second instance of the app counts on its own.
 */
export function createRateLimit(settings: NonNullable<HttpSettings['rateLimit']>, trustProxy: HttpSettings['trustProxy']): RateLimit {
  const limiter = new RateLimiterMemory({ points: settings.requests, duration: settings.windowSeconds });
  const trust = trustOf(trustProxy);
  return async (request, response) => {
    try {
      await limiter.consume(proxyAddr(request, trust));
      return true;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      response.statusCode = 429;
      response.setHeader('retry-after', String(seconds));
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.setHeader('cache-control', 'no-store');
      const message = `Too many requests from your address: at most ${settings.requests} every ${settings.windowSeconds} s. Try again in ${seconds} s.`;
      response.end(JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } }] }));
      return false;
    }
  };
}
