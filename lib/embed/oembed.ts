/**
 * oEmbed 1.0 (https://oembed.com/) for News Timeline: the provider response for a page or embed
 * URL, and the discovery link that pages carry in their <head>.
 */
import { parseTimelineQuery, toSearchString } from '@/lib/timeline/query';

export const PROVIDER_NAME = 'News Timeline';
export const DEFAULT_WIDTH = 800;
export const DEFAULT_HEIGHT = 480;
export const MIN_WIDTH = 200;
export const MIN_HEIGHT = 200;

/** The origin of a request, honouring a reverse proxy's X-Forwarded-Host/-Proto. */
export function requestOrigin(url: string | URL, headers?: { get(name: string): string | null }): string {
  const u = new URL(url);
  const host = headers?.get('x-forwarded-host')?.split(',')[0]?.trim() || headers?.get('host') || u.host;
  const proto = headers?.get('x-forwarded-proto')?.split(',')[0]?.trim() || u.protocol.replace(/:$/, '');
  return `${proto}://${host}`;
}

/** `${origin}/api/oembed?url=<page url>&format=json`: the href of the discovery link. */
export function oembedHref(origin: string, pageUrl: string): string {
  return `${origin}/api/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' }).toString()}`;
}

/**
 * Metadata fragment for generateMetadata: `alternates.types['application/json+oembed']`.
 * `path` is '/' or '/embed'; `search` the view's query string (with or without '?').
 */
export function oembedAlternates(origin: string, path: string, search: string) {
  const q = search.replace(/^\?/, '');
  const pageUrl = `${origin}${path}${q ? `?${q}` : ''}`;
  return { types: { 'application/json+oembed': [{ url: oembedHref(origin, pageUrl), title: `${PROVIDER_NAME} (oEmbed)` }] } };
}

/** Same, from Next's `headers()` and the page's searchParams object; the usual call from a page. */
export function oembedDiscovery(
  requestHeaders: { get(name: string): string | null },
  path: '/' | '/embed',
  searchParams: Record<string, string | string[] | undefined>,
) {
  const host = requestHeaders.get('x-forwarded-host')?.split(',')[0]?.trim() || requestHeaders.get('host') || 'localhost';
  const proto = requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http';
  const origin = `${proto}://${host}`;
  const { query } = parseTimelineQuery(searchParams);
  return oembedAlternates(origin, path, toSearchString(query));
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface OembedResponse {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

export type OembedResult =
  | { status: 200; body: OembedResponse }
  | { status: 400 | 404 | 501; body: { error: { parameter: string; message: string } } };

function dimension(raw: string | null, name: string): number | null | { error: string } {
  if (raw === null || raw === '') return null;
  if (!/^\d+$/.test(raw.trim())) return { error: `"${name}" must be a positive whole number of pixels` };
  const n = Number(raw);
  return n > 0 ? n : { error: `"${name}" must be a positive whole number of pixels` };
}

/** The oEmbed answer for a request to /api/oembed, whose origin is `origin`. */
export function oembed(origin: string, params: URLSearchParams): OembedResult {
  const format = params.get('format');
  if (format !== null && format !== '' && format !== 'json') {
    return { status: 501, body: { error: { parameter: 'format', message: `Format "${format.slice(0, 20)}" is not implemented; use json.` } } };
  }
  const raw = params.get('url');
  if (!raw) return { status: 400, body: { error: { parameter: 'url', message: 'The "url" parameter is required.' } } };
  const mw = dimension(params.get('maxwidth'), 'maxwidth');
  if (mw && typeof mw === 'object') return { status: 400, body: { error: { parameter: 'maxwidth', message: mw.error } } };
  const mh = dimension(params.get('maxheight'), 'maxheight');
  if (mh && typeof mh === 'object') return { status: 400, body: { error: { parameter: 'maxheight', message: mh.error } } };

  let target: URL;
  try {
    target = new URL(raw);
  } catch {
    return { status: 404, body: { error: { parameter: 'url', message: 'The "url" is not a News Timeline page.' } } };
  }
  const path = target.pathname.replace(/\/+$/, '') || '/';
  if (target.origin !== origin || (path !== '/' && path !== '/embed')) {
    return { status: 404, body: { error: { parameter: 'url', message: 'The "url" is not a News Timeline page on this site.' } } };
  }
  // Keep only the valid timeline parameters; the embed has its own auto-height, so no fixed height.
  const { query } = parseTimelineQuery(target.searchParams);
  const search = toSearchString(query);
  const src = `${origin}/embed${search}`;

  let height = query.height ? Math.max(query.height + 120, DEFAULT_HEIGHT) : DEFAULT_HEIGHT;
  let width = DEFAULT_WIDTH;
  if (typeof mw === 'number') width = Math.max(Math.min(width, mw), Math.min(MIN_WIDTH, mw));
  if (typeof mh === 'number') height = Math.max(Math.min(height, mh), Math.min(MIN_HEIGHT, mh));
  const title = PROVIDER_NAME;
  const html =
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" loading="lazy" width="${width}" height="${height}" style="border:0;max-width:100%" data-news-timeline></iframe>` +
    `<script async src="${escapeAttr(origin)}/embed.js"></script>`;
  return {
    status: 200,
    body: { type: 'rich', version: '1.0', title, provider_name: PROVIDER_NAME, provider_url: `${origin}/`, html, width, height, cache_age: 3600 },
  };
}
