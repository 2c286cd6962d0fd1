// @ts-check
/**
 * Security headers. /embed may be framed by any site (frame-ancestors *); everything else may not
 * be framed at all (frame-ancestors 'none' + X-Frame-Options: DENY). See docs/embedding.md.
 *
 * script-src needs 'unsafe-inline': Next's app router bootstraps with inline <script> tags (the
 * RSC payload) and the nonce alternative requires rendering every page per request via a proxy.
 * Article text is never injected as HTML, which is the XSS defence; the CSP is defence in depth
 * (no third-party scripts, no objects, no foreign base or form targets). Dev needs 'unsafe-eval'.
 */
const isDev = process.env.NODE_ENV !== 'production';

/** @param {string} frameAncestors */
function csp(frameAncestors) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder per concurrent build (tests, benchmarks) keeps them from clobbering each other.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [
      {
        // Everything except /embed and /embed/…: never framed.
        source: '/((?!embed$|embed/).*)',
        headers: [...common, { key: 'Content-Security-Policy', value: csp("'none'") }, { key: 'X-Frame-Options', value: 'DENY' }],
      },
      {
        source: '/embed',
        headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }],
      },
      {
        source: '/embed/:path*',
        headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }],
      },
    ];
  },
};

module.exports = nextConfig;
