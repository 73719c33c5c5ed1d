import { describe, expect, it } from 'vitest';
import { MalformedMultipart, MultipartScanner, type MultipartEvent } from '@/lib/gate/front/multipart';

const boundary = '----b0undary';
const form = Buffer.from(
  `--${boundary}\r\nContent-Disposition: form-data; name="source"\r\n\r\nDTKS\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n` +
    `NIK,NAMA\r\n1,Sri\r\n--${boundary.slice(0, 6)} almost\r\n` +
    `--${boundary}--\r\n`,
);

// Feeds the body in pieces of `size` bytes and joins what the scanner reports per part.
function scan(body: Buffer, size: number): { parts: Record<string, string>; done: boolean } {
  const scanner = new MultipartScanner(boundary);
  const events: MultipartEvent[] = [];
  for (let at = 0; at < body.length; at += size) events.push(...scanner.feed(body.subarray(at, at + size)));
  const parts: Record<string, string> = {};
  let current = '';
  for (const event of events) {
    if (event.type === 'part') current = event.filename ? `${event.name}:${event.filename}` : event.name;
    if (event.type === 'data') parts[current] = (parts[current] ?? '') + event.bytes.toString('utf8');
    if (event.type === 'part') parts[current] ??= '';
  }
  return { parts, done: scanner.done };
}

describe('the streaming multipart reader', () => {
  it.each([1, 3, 7, 64, 4096])('reads the same parts whatever the chunk size (%i bytes)', (size) => {
    expect(scan(form, size)).toEqual({
      parts: { source: 'DTKS', 'file:a.csv': `NIK,NAMA\r\n1,Sri\r\n--${boundary.slice(0, 6)} almost` },
      done: true,
    });
  });

  it('is not done when the closing delimiter never came', () => {
    expect(scan(form.subarray(0, form.length - 10), 5).done).toBe(false);
  });

  it.each([
    ['no opening delimiter', 'hello world, no multipart here'],
    ['a part without a name', `--${boundary}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${boundary}--`],
    ['a bad delimiter line', `--${boundary}XX\r\n`],
  ])('refuses %s', (_, body) => {
    expect(() => scan(Buffer.from(body), 4)).toThrow(MalformedMultipart);
  });
});
