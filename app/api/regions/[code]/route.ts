import { levelOfCode, listChildren } from '@/lib/regions';
import { regionErrorResponse, regionListResponse } from '../responses';

// Served at request time from the in-memory catalog (a map lookup), not generated at build.
// Measured with Next 16.4: generating all 7,829 lists at build works (generateStaticParams +
// force-static) but adds ~13 s to an idle 2-core build (25-30 s under load) and 15,664 files
// (+70 MB in .next); and then either every unknown code a client asks for is rendered and
// written to .next/server/route-cache (unbounded disk writes), or, with dynamicParams = false,
// unknown codes get Next's HTML 404 instead of the JSON errors below. Browsers and CDNs cache
// the versioned URLs for a year either way, so the server answers each list about once.
export async function GET(
  request: Request,
  { params }: { params: Promise<{ code: string }> },
): Promise<Response> {
  const { code } = await params;
  if (!levelOfCode(code)) return regionErrorResponse(400, 'malformed-code');
  const children = await listChildren(code); // null for unknown codes and for desa/kelurahan
  return children ? regionListResponse(request, children) : regionErrorResponse(404, 'unknown-code');
}
