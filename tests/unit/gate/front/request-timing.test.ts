import { createServer, get, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createFront, type RequestHandler } from '@/lib/gate/front/front';
import { stageSinceArrival, timed } from '@/lib/gate/front/request-timing';

let server: Server | undefined;
afterEach(() => server?.close());

async function headersFrom(handler: RequestHandler): Promise<IncomingHttpHeaders> {
  server = createServer(
    createFront(handler, {
      trustedProxyHops: 0,
      attachmentMaxBytes: 1024,
      importMaxBytes: 1024,
      knownActionIds: new Set(),
      shedding: { limit: 10, queue: 0, maxWaitMs: 0 },
    }),
  );
  await new Promise<void>((listening) => server?.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
  return new Promise((resolve, reject) =>
    get({ port: address.port, host: '127.0.0.1', path: '/cek' }, (response) => {
      response.resume();
      resolve(response.headers);
    }).on('error', reject),
  );
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
const stageNames = (header: string | undefined) =>
  (header ?? '').split(', ').map((entry) => entry.split(';')[0]);

describe('where a request spends its time (Server-Timing)', () => {
  it('reports each stage the request went through, summed per stage, and the total', async () => {
    const headers = await headersFrom(async (_request, response) => {
      stageSinceArrival('parse');
      await timed('limits', () => pause(5));
      await timed('candidates', () => pause(5));
      // A thenable that is not a Promise (Prisma's queries are such) still counts until it settles.
      await timed('candidates', () => ({ then: (settle: () => void) => setTimeout(settle, 5) }));
      timed('seal', () => 'sealed');
      response.end('ok');
    });
    const header = String(headers['server-timing'] ?? '');
    expect(stageNames(header)).toEqual(['parse', 'limits', 'candidates', 'seal', 'total']);
    const candidates = Number(/candidates;dur=([\d.]+)/.exec(header)?.[1]);
    expect(candidates).toBeGreaterThanOrEqual(8);
  });

  it('adds no header to a request that timed nothing', async () => {
    const headers = await headersFrom(async (_request, response) => {
      response.end('ok');
    });
    expect(headers['server-timing']).toBeUndefined();
  });

  it('times nothing outside a request', async () => {
    expect(await timed('audit', async () => 'done')).toBe('done');
  });
});
