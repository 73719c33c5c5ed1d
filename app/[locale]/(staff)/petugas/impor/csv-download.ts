// A streamed CSV attachment with personal data: never cached. Missing and out-of-reach
// reports answer alike.
export function csvDownload(lines: AsyncGenerator<string> | null, fileName: string): Response {
  if (!lines) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
}
