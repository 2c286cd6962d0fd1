/** oEmbed 1.0 provider endpoint: GET /api/oembed?url=…[&maxwidth&maxheight&format=json]. */
import { oembed, requestOrigin } from '@/lib/embed/oembed';

export const dynamic = 'force-dynamic';

const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, OPTIONS', 'Access-Control-Allow-Headers': 'Content-Type' };

export function GET(request: Request) {
  const url = new URL(request.url);
  const r = oembed(requestOrigin(request.url, request.headers), url.searchParams);
  return Response.json(r.body, {
    status: r.status,
    headers: { ...CORS, 'Cache-Control': r.status === 200 ? 'public, max-age=3600' : 'no-store' },
  });
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: { ...CORS, 'Access-Control-Max-Age': '86400' } });
}
