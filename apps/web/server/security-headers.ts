/**
 * Security headers on every response, by helmet, so the app is safe behind any proxy (nginx adds
 * HSTS, so helmet does not). The Content-Security-Policy allows scripts from this origin plus inline
 * scripts that carry this request's nonce: Remix hydrates with inline scripts whose text changes per
 * request, so hashes cannot cover them. The nonce reaches the page through the load context
 * (`cspNonce`); an entry module that applies it says so by exporting `handlesCspNonce = true`.
 * Without that, inline scripts are allowed rather than the page broken.
 */
import { randomBytes } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';

export interface CspOptions {
  /** Development (Vite) injects its own scripts and a websocket; no CSP there. */
  enabled: boolean;
  /** Whether the page renderer puts the nonce on its inline scripts. */
  nonceAware: () => boolean;
}

export function securityHeaders(options: CspOptions): RequestHandler {
  const scriptSource = (_req: unknown, res: unknown) =>
    options.nonceAware() ? `'nonce-${(res as Response).locals.cspNonce as string}'` : "'unsafe-inline'";
  const headers = helmet({
    contentSecurityPolicy: options.enabled
      ? {
          useDefaults: false,
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'", scriptSource],
            // Mantine sets CSS variables through style attributes and a <style> element.
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:', 'blob:'],
            fontSrc: ["'self'", 'data:'],
            connectSrc: ["'self'"],
            objectSrc: ["'none'"],
            baseUri: ["'self'"],
            formAction: ["'self'"],
            frameAncestors: ["'none'"],
          },
        }
      : false,
    // HSTS belongs to the TLS terminator (nginx); on plain-HTTP local runs it would only mislead.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'deny' },
  });
  return (req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    headers(req, res, next);
  };
}
