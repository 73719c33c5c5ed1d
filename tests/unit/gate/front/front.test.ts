import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createFront, type FrontOptions } from '@/lib/gate/front/front';

const options: FrontOptions = {
  trustedProxyHops: 0,
  attachmentMaxBytes: 1024 * 1024,
  importMaxBytes: 2 * 1024 * 1024,
  knownActionIds: new Set(['40abc']),
  shedding: { limit: 100, queue: 0, maxWaitMs: 0 },
};

let server: Server | undefined;
afterEach(() => server?.close());

// The front before a stand-in for Next that answers with the headers it was given.
async function front(overrides: Partial<FrontOptions> = {}): Promise<number> {
  server = createServer(
    createFront(
      async (request, response) => {
        for await (const chunk of request) void chunk;
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(request.headers));
      },
      { ...options, ...overrides },
    ),
  );
  await new Promise<void>((listening) => server?.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
  return address.port;
}

type Answer = { status: number; headers: IncomingHttpHeaders; seen: Record<string, string> | null };

function send(port: number, path: string, headers: Record<string, string>, body?: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { port, host: '127.0.0.1', path, method: body ? 'POST' : 'GET', headers },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          const isJson = response.headers['content-type'] === 'application/json';
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            seen: isJson ? JSON.parse(text) : null,
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('the front before Next', () => {
  it('hands Next the socket address, whatever the client claims', async () => {
    const port = await front();
    const forged = {
      'X-Forwarded-For': '6.6.6.6',
      Forwarded: 'for=6.6.6.6',
      'X-Real-IP': '6.6.6.6',
      'X-Portal-Client-Address': '6.6.6.6',
    };
    const { seen } = await send(port, '/cek', forged);
    expect(seen).toMatchObject({
      'x-portal-client-address': '127.0.0.1',
      'x-forwarded-for': '127.0.0.1',
      'x-forwarded-proto': 'http',
    });
    expect(seen).not.toHaveProperty('forwarded');
    expect(seen).not.toHaveProperty('x-real-ip');
  });

  it('takes the entry our proxy appended, and its word on HTTPS (then adds HSTS)', async () => {
    const port = await front({ trustedProxyHops: 1 });
    const answer = await send(port, '/cek', {
      'X-Forwarded-For': '6.6.6.6, 203.0.113.7',
      'X-Forwarded-Proto': 'https',
    });
    expect(answer.seen).toMatchObject({
      'x-portal-client-address': '203.0.113.7',
      'x-forwarded-proto': 'https',
    });
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('adds no HSTS over plain HTTP without a trusted proxy', async () => {
    const port = await front();
    const answer = await send(port, '/cek', { 'X-Forwarded-Proto': 'https' });
    expect(answer.headers['strict-transport-security']).toBeUndefined();
  });

  it('refuses a malformed path itself, with the security headers', async () => {
    const port = await front();
    const answer = await send(port, '/petugas/warga/%25', {});
    expect(answer.status).toBe(400);
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect(answer.headers['x-frame-options']).toBe('DENY');
  });

  it('cuts a chunked body off at the path limit', async () => {
    const port = await front();
    const answer = await send(port, '/cek', { 'Transfer-Encoding': 'chunked' }, Buffer.alloc(64 * 1024));
    expect(answer.status).toBe(413);
  });

  it('lets a body under the limit through', async () => {
    const port = await front();
    const answer = await send(
      port,
      '/cek',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      Buffer.from('a=1'),
    );
    expect(answer.status).toBe(200);
  });

  it('holds an action body back until it is complete and refuses a broken one', async () => {
    const port = await front();
    const headers = { 'Next-Action': '40abc', 'Content-Type': 'multipart/form-data; boundary=x' };
    const broken = await send(
      port,
      '/cek',
      headers,
      Buffer.from('--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]'),
    );
    expect(broken.status).toBe(400);
    const whole = Buffer.from('--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--x--\r\n');
    expect((await send(port, '/cek', headers, whole)).status).toBe(200);
  });

  it('sheds public action posts past the limit at once, and still serves pages and staff posts', async () => {
    const port = await front({ shedding: { limit: 0, queue: 0, maxWaitMs: 0 } });
    const fetchAction = await send(
      port,
      '/en/cek',
      { 'next-action': '40abc', 'content-type': 'text/plain;charset=UTF-8' },
      Buffer.from('[]'),
    );
    expect(fetchAction.status).toBe(429);
    expect(fetchAction.headers['retry-after']).toBe('5');
    expect(fetchAction.headers['x-action-redirect']).toBe('/en/cek/tunggu?detik=5;push');
    expect(fetchAction.seen).toBeNull();
    const boundary = 'shedboundary';
    const formPost = await send(
      port,
      '/lacak',
      { 'content-type': `multipart/form-data; boundary=${boundary}` },
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--${boundary}--\r\n`,
      ),
    );
    expect(formPost.status).toBe(429);
    expect(formPost.headers['content-security-policy']).toBeDefined();
    expect((await send(port, '/cek', {})).status).toBe(200);
    expect(
      (
        await send(
          port,
          '/petugas/cari',
          { 'next-action': '40abc', 'content-type': 'text/plain;charset=UTF-8' },
          Buffer.from('[]'),
        )
      ).status,
    ).toBe(200);
  });
});
