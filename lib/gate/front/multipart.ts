// A streaming multipart/form-data reader: fed chunks as they arrive, it reports part starts and
// body bytes without holding more than one chunk and a delimiter's length. Throws MalformedMultipart
// on broken framing; `done` is true once the closing delimiter was seen.
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!/^\s*multipart\/form-data\s*(;|$)/i.test(contentType ?? '')) return null;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^;\s"]{1,70}))/i.exec(contentType ?? '');
  return match?.[1] ?? match?.[2] ?? null;
}

export type MultipartEvent =
  { type: 'part'; name: string; filename: string | null } | { type: 'data'; bytes: Buffer } | { type: 'end' };

export class MalformedMultipart extends Error {
  override name = 'MalformedMultipart';
}

const maxHeaderBytes = 8 * 1024;

export class MultipartScanner {
  private pending: Buffer = Buffer.alloc(0);
  private state: 'preamble' | 'headers' | 'body' | 'done' = 'preamble';
  private readonly opening: Buffer;
  private readonly delimiter: Buffer;

  constructor(boundary: string) {
    this.opening = Buffer.from(`--${boundary}`);
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  get done(): boolean {
    return this.state === 'done';
  }

  feed(chunk: Buffer): MultipartEvent[] {
    if (this.state === 'done') return [];
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const events: MultipartEvent[] = [];
    while (this.step(events));
    return events;
  }

  // One move of the state machine; false when it needs more bytes.
  private step(events: MultipartEvent[]): boolean {
    if (this.state === 'preamble') {
      if (this.pending.length < this.opening.length + 2) return false;
      if (!this.pending.subarray(0, this.opening.length).equals(this.opening))
        throw new MalformedMultipart('no opening delimiter');
      return this.afterDelimiter(this.opening.length);
    }
    if (this.state === 'headers') {
      const end = this.pending.indexOf('\r\n\r\n');
      if (end === -1) {
        if (this.pending.length > maxHeaderBytes) throw new MalformedMultipart('part headers too long');
        return false;
      }
      const headers = this.pending.subarray(0, end).toString('utf8');
      const name = /content-disposition:\s*form-data;[^\r\n]*?\bname="([^"]*)"/i.exec(headers)?.[1];
      if (name === undefined) throw new MalformedMultipart('part without a name');
      const filename = /\bfilename="([^"]*)"/i.exec(headers)?.[1] ?? null;
      events.push({ type: 'part', name, filename });
      this.pending = this.pending.subarray(end + 4);
      this.state = 'body';
      return true;
    }
    if (this.state === 'body') {
      const end = this.pending.indexOf(this.delimiter);
      if (end === -1) {
        // Keep a delimiter's length back: it may start at the end of this chunk.
        const safe = this.pending.length - this.delimiter.length;
        if (safe > 0) {
          events.push({ type: 'data', bytes: this.pending.subarray(0, safe) });
          this.pending = this.pending.subarray(safe);
        }
        return false;
      }
      if (this.pending.length < end + this.delimiter.length + 2) return false;
      if (end > 0) events.push({ type: 'data', bytes: this.pending.subarray(0, end) });
      events.push({ type: 'end' });
      return this.afterDelimiter(end + this.delimiter.length);
    }
    return false;
  }

  private afterDelimiter(at: number): boolean {
    const marker = this.pending.subarray(at, at + 2).toString('latin1');
    this.pending = this.pending.subarray(at + 2);
    if (marker === '--') {
      this.state = 'done';
      return false;
    }
    if (marker !== '\r\n') throw new MalformedMultipart('bad delimiter line');
    this.state = 'headers';
    return true;
  }
}

// The text fields of a complete body held in memory (files are skipped), or null when its framing
// is broken or it stops before the closing delimiter.
export function multipartTextFields(body: Buffer, boundary: string): Map<string, string> | null {
  const scanner = new MultipartScanner(boundary);
  const parts: { name: string; bytes: Buffer[] }[] = [];
  let current: { name: string; bytes: Buffer[] } | null = null;
  try {
    for (const event of scanner.feed(body)) {
      if (event.type === 'part') {
        current = event.filename === null ? { name: event.name, bytes: [] } : null;
        if (current) parts.push(current);
      } else if (event.type === 'data') current?.bytes.push(event.bytes);
    }
  } catch (error) {
    if (error instanceof MalformedMultipart) return null;
    throw error;
  }
  if (!scanner.done) return null;
  return new Map(parts.map((part) => [part.name, Buffer.concat(part.bytes).toString('utf8')]));
}
