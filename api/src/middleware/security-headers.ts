import type { Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The collaborative editor's WebSocket on this same host: CSP 3 lets 'self' cover ws(s), but older browsers
 * (Safari before 15.4) need the ws:/wss: origin spelled out.
 */
function sameOriginWebSocket(isHttps: boolean) {
  return (c: Context): string => {
    const url = new URL(c.req.url);
    return `${isHttps || url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}`;
  };
}

/**
 * Hono's secureHeaders sets no Content-Security-Policy by default; the built Solid app needs no inline script
 * or style, so the policy can be strict. HSTS only when the product is served over HTTPS.
 */
export function securityHeaders(isHttps: boolean) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'", sameOriginWebSocket(isHttps)],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    strictTransportSecurity: isHttps ? 'max-age=31536000; includeSubDomains' : false,
    referrerPolicy: 'strict-origin-when-cross-origin',
    xFrameOptions: 'DENY',
    crossOriginEmbedderPolicy: false,
  });
}
