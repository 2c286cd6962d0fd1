/**
 * GET /api/timeline: the Timeline as JSON, filtered by the page's parameters (actors, sources,
 * start, end; event/theme/height are accepted and ignored). Strict: any unknown or invalid
 * parameter is a 400 naming it. ETag + If-None-Match (304), public caching, CORS for GET.
 */
import { createHash } from 'node:crypto';
import { filterTimeline, parseTimelineQuery } from '@/lib/timeline/query';
import { getTimeline } from '@/lib/timeline';

export const dynamic = 'force-dynamic';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, Content-Type',
  'Access-Control-Expose-Headers': 'ETag',
};
const CACHE = 'public, max-age=60, stale-while-revalidate=600';

function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const { query, notices } = parseTimelineQuery(searchParams);
  const first = notices[0];
  if (first) {
    return Response.json({ error: { parameter: first.param, message: first.message } }, { status: 400, headers: { ...CORS, 'Cache-Control': 'no-store' } });
  }
  const timeline = filterTimeline(await getTimeline(), query);
  const body = JSON.stringify(timeline);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const headers = { ...CORS, ETag: etag, 'Cache-Control': CACHE, Vary: 'Accept-Encoding' };
  if (etagMatches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: { ...CORS, 'Access-Control-Max-Age': '86400' } });
}
