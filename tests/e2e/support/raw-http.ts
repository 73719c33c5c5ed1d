import { connect } from 'node:net';

export type RawAnswer = { status: number; headers: Record<string, string> };

// One request written byte for byte on its own connection (what a browser or fetch would refuse
// to send: bad escapes, truncated bodies, forged headers); resolves with the status line and
// headers as soon as they arrive, whatever happens to the rest of the body.
export function rawRequest(
  port: number,
  request: Buffer | string,
  body?: AsyncIterable<Buffer>,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return;
      const [statusLine = '', ...lines] = received.slice(0, end).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      socket.destroy();
      resolve({ status: Number(statusLine.split(' ')[1]), headers });
    });
    socket.on('error', (error) => (received.includes('\r\n\r\n') ? undefined : reject(error)));
    socket.on('close', () => reject(new Error(`closed without an answer: ${received.slice(0, 80)}`)));
    socket.write(request);
    if (body) {
      void (async () => {
        for await (const chunk of body) {
          if (socket.destroyed) return;
          if (!socket.write(chunk)) await new Promise((drained) => socket.once('drain', drained));
        }
      })().catch(() => undefined);
    }
  });
}

// A request head (and optional body) with CRLF line ends and a Host line.
export function httpRequest(
  port: number,
  method: string,
  target: string,
  headers: Record<string, string>,
  body: Buffer | string = '',
): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
  const lines = [`${method} ${target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  const framed = Object.keys(headers).some((name) => /^(content-length|transfer-encoding)$/i.test(name));
  if (!framed && (bytes.length > 0 || method === 'POST')) lines.push(`Content-Length: ${bytes.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), bytes]);
}
