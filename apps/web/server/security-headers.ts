/**
 * Security headers on every response, so the app is safe behind any proxy (nginx adds HSTS).
 * The Content-Security-Policy allows scripts from this origin plus inline scripts that carry this
 * request's nonce: Remix hydrates with inline scripts whose text changes per request, so hashes
 * cannot cover them. The nonce reaches the page through the load context (`cspNonce`); an entry
 * module that applies it says so by exporting `handlesCspNonce = true`. Without that, inline
 * scripts are allowed rather than the page broken.
 */
import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';

export interface CspOptions {
  /** Development (Vite) injects its own scripts and a websocket; no CSP there. */
  enabled: boolean;
  /** Whether the page renderer puts the nonce on its inline scripts. */
  nonceAware: () => boolean;
}

export function contentSecurityPolicy(nonce: string, nonceAware: boolean): string {
  return [
    "default-src 'self'",
    nonceAware ? `script-src 'self' 'nonce-${nonce}'` : "script-src 'self' 'unsafe-inline'",
    // Mantine sets CSS variables through style attributes and a <style> element.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(options: CspOptions): RequestHandler {
  return (_req, res, next) => {
    const nonce = randomBytes(16).toString('base64');
    res.locals.cspNonce = nonce;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    if (options.enabled) res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, options.nonceAware()));
    next();
  };
}
