import { issuePublicChallenge } from '@/lib/gate';

// A fresh, signed challenge on every request: never prerendered, never cached on the way.
export const dynamic = 'force-dynamic';

// `?desa=<village code>` prices the challenge for the village the form has chosen.
export async function GET(request: Request): Promise<Response> {
  const outcome = await issuePublicChallenge({
    headers: request.headers,
    desa: new URL(request.url).searchParams.get('desa'),
  });
  if (outcome.kind === 'limited') {
    return new Response(null, {
      status: 429,
      headers: { 'Retry-After': String(outcome.retryAfterSeconds), 'Cache-Control': 'no-store' },
    });
  }
  return Response.json(outcome.challenge, { headers: { 'Cache-Control': 'no-store' } });
}
