import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { TLSSocket } from 'node:tls';
import { securityHeaders, strictTransportSecurity } from '@/lib/gate/security-headers';
import { multipartBoundary } from './multipart';
import { isDecodableActionBody } from './action-body';
import {
  bodyLimitFor,
  isPublicActionPath,
  isRouteHandlerPath,
  pathWithoutLocale,
  publicFormBytes,
} from './body-limits';
import { cameOverHttps, clientAddress, clientAddressHeader } from './client-address';
import { checkRequest, type FrontRules } from './request-checks';
import { serverTimingHeader, withRequestTiming } from './request-timing';
import { concurrencyLimit, type SheddingSettings } from './shedding';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;
export type FrontOptions = FrontRules & { trustedProxyHops: number; shedding: SheddingSettings };

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// Headers a client could forge about where it is; the front replaces them with what it knows.
const addressHeaders = ['forwarded', 'x-real-ip', 'x-forwarded-host', 'x-forwarded-for', 'x-forwarded-proto'];

function refuse(response: ServerResponse, status: number): void {
  if (response.headersSent) return;
  for (const { key, value } of securityHeaders(false)) response.setHeader(key, value);
  // The body (if any) stays unread, so the connection cannot serve another request.
  lingerOnClose(response.socket);
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  response.end(`${status} ${STATUS_CODES[status] ?? ''}\n`);
}

// Closing a socket while the client is still sending makes the kernel answer with a reset, which
// can wipe out our refusal before the client reads it. Like nginx's lingering close: stop writing,
// drop what still arrives for a moment, then close.
function lingerOnClose(socket: Socket | null): void {
  if (!socket) return;
  socket.destroySoon = () => {
    socket.end();
    socket.resume();
    setTimeout(() => socket.destroy(), lingerMilliseconds).unref();
  };
}

const lingerMilliseconds = 2000;

function rewriteAddressHeaders(request: IncomingMessage, https: boolean, hops: number): void {
  const address = clientAddress({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: single(request.headers['x-forwarded-for']),
    trustedProxyHops: hops,
  });
  for (const name of [...addressHeaders, clientAddressHeader]) delete request.headers[name];
  request.headers[clientAddressHeader] = address;
  request.headers['x-forwarded-for'] = address;
  request.headers['x-forwarded-proto'] = https ? 'https' : 'http';
}

// Bodies are counted as Node's parser hands them over (Content-Length can be absent: chunked),
// and the request is answered 413 and closed at the limit, before Next has buffered more.
// Action bodies are held back until complete and checked before Next decodes them.
function guardBody(
  request: IncomingMessage,
  response: ServerResponse,
  limit: number,
  check: BodyCheck | null,
): void {
  let seen = 0;
  const held: Buffer[] = [];
  const push = request.push.bind(request);
  const stop = (status: number) => {
    refuse(response, status);
    return false;
  };
  request.push = (chunk: Buffer | null, encoding?: BufferEncoding) => {
    if (chunk === null) {
      if (!check) return push(chunk, encoding);
      if (!check(Buffer.concat(held))) return stop(400);
      for (const piece of held.splice(0)) push(piece);
      return push(null);
    }
    seen += chunk.length;
    if (seen > limit) return stop(413);
    if (!check) return push(chunk, encoding);
    held.push(chunk);
    return true;
  };
}

type BodyCheck = (body: Buffer) => boolean;

// The stages timed while the request ran go out with its headers (Server-Timing).
function reportTiming(response: ServerResponse, timing: Parameters<typeof serverTimingHeader>[0]): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    const header = serverTimingHeader(timing);
    if (header) response.setHeader('Server-Timing', header);
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}

// Server action posts (from the page's JavaScript, or a plain form post) are decoded by Next,
// which answers 500 to what it cannot decode; route handlers read their own bodies.
function actionBodyCheck(request: IncomingMessage, pathname: string): BodyCheck | null {
  const fetchAction = request.headers['next-action'] !== undefined;
  const contentType = single(request.headers['content-type']);
  const formPost = request.method === 'POST' && multipartBoundary(contentType) !== null;
  if (!fetchAction && (!formPost || isRouteHandlerPath(pathname))) return null;
  return (body) => isDecodableActionBody(contentType, body, fetchAction);
}

// A refused public action: 429 at once. A browser without JavaScript follows the refresh, the
// page's script follows x-action-redirect (Next's own redirect header); both land on the
// existing "too many searches" page, which keeps the Retry-After.
const shedRetrySeconds = 5;

function shed(request: IncomingMessage, response: ServerResponse, pathname: string): void {
  const locale = pathname === '/en' || pathname.startsWith('/en/') ? '/en' : '';
  const target = `${locale}/cek/tunggu?detik=${shedRetrySeconds}`;
  for (const { key, value } of securityHeaders(false)) response.setHeader(key, value);
  // A small declared body (a lookup, tracking or slip form) is read and dropped by Node after the
  // answer, so the connection serves the client's next request; closing it would make every
  // refused client connect again, which costs an overloaded server more than the answer itself.
  // Anything bigger or of unknown length is not read: the connection closes.
  const declared = Number(single(request.headers['content-length']) ?? Number.NaN);
  const keepAlive = declared <= publicFormBytes;
  if (!keepAlive) lingerOnClose(response.socket);
  const page = `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${target}"><title>429</title><p><a href="${target}">${target}</a></p>\n`;
  response.writeHead(429, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(page),
    'Cache-Control': 'no-store',
    'Retry-After': String(shedRetrySeconds),
    'x-action-redirect': `${target};push`,
    ...(keepAlive ? {} : { Connection: 'close' }),
  });
  response.end(page);
}

// Lookup, filing, tracking and slip checks posted to their pages (with or without JavaScript).
function isPublicActionPost(request: IncomingMessage, pathname: string): boolean {
  if (request.method !== 'POST') return false;
  const fetchAction = request.headers['next-action'] !== undefined;
  const formPost = multipartBoundary(single(request.headers['content-type'])) !== null;
  return (fetchAction || formPost) && isPublicActionPath(pathWithoutLocale(pathname));
}

// In front of Next's handler: refuses what Next would choke on or should never read, and gives
// Next a client address and scheme that the client could not choose.
export function createFront(handle: RequestHandler, options: FrontOptions) {
  const publicActions = concurrencyLimit(options.shedding);
  return (request: IncomingMessage, response: ServerResponse): void => {
    const https = cameOverHttps(
      request.socket instanceof TLSSocket && request.socket.encrypted,
      single(request.headers['x-forwarded-proto']),
      options.trustedProxyHops,
    );
    if (https) response.setHeader(strictTransportSecurity.key, strictTransportSecurity.value);
    const facts = { method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers };
    const refusal = checkRequest(facts, options);
    if (refusal) return refuse(response, refusal.status);
    rewriteAddressHeaders(request, https, options.trustedProxyHops);
    const pathname = facts.url.split('?')[0] ?? '/';
    const serve = () => {
      guardBody(request, response, bodyLimitFor(pathname, options), actionBodyCheck(request, pathname));
      withRequestTiming((timing) => {
        reportTiming(response, timing);
        // Next answers its own errors; a rejection here is a fault of ours, not of the request.
        handle(request, response).catch((error: unknown) => {
          console.error(error);
          refuse(response, 500);
        });
      });
    };
    if (!isPublicActionPost(request, pathname)) return serve();
    // A client that leaves while its request waits frees the place as soon as it is given one.
    let release: (() => void) | undefined;
    let gone = false;
    response.once('close', () => {
      gone = true;
      release?.();
    });
    publicActions.enter(
      (admitted) => {
        release = admitted;
        if (gone) admitted();
        else serve();
      },
      () => shed(request, response, pathname),
    );
  };
}

// Node's own answer to a request it cannot parse has no security headers; this one has.
export function answerUnparsableRequest(socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const headers = securityHeaders(false).map(({ key, value }) => `${key}: ${value}\r\n`);
  socket.end(
    `HTTP/1.1 400 Bad Request\r\n${headers.join('')}Content-Type: text/plain; charset=utf-8\r\nConnection: close\r\nContent-Length: 16\r\n\r\n400 Bad Request\n`,
  );
}
