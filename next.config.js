// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder per concurrent build (tests, benchmarks) keeps them from clobbering each other.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
};

module.exports = nextConfig;
