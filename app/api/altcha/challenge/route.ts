import { issueLookupChallenge } from '@/lib/captcha';

// A fresh, signed challenge on every request: never prerendered, never cached on the way.
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return Response.json(await issueLookupChallenge(), { headers: { 'Cache-Control': 'no-store' } });
}
