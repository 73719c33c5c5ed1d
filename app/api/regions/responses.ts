import { regionDataVersion, type RegionOption } from '@/lib/regions';

// Region lists change only with a new idn-area-data release, and the picker puts that release
// in every URL it asks for (`?v=3.1.2`), so such a response may be kept for a year. A request
// without the current version (an old page, a hand-typed URL) gets the same data, cached briefly.
const immutable = 'public, max-age=31536000, immutable';
const brief = 'public, max-age=300';

export function regionListResponse(request: Request, options: readonly RegionOption[]): Response {
  const versioned = new URL(request.url).searchParams.get('v') === regionDataVersion;
  return Response.json(options, { headers: { 'Cache-Control': versioned ? immutable : brief } });
}

export function regionErrorResponse(status: 400 | 404, error: 'malformed-code' | 'unknown-code'): Response {
  // Errors are cached briefly only: a typo in a URL must not stick for a year.
  return Response.json({ error }, { status, headers: { 'Cache-Control': brief } });
}
