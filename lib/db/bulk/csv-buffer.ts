import { copyCsvField } from '@/lib/formats';

type Value = string | number | boolean | null;

const comma = 0x2c;
const quote = 0x22;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

// CSV lines for COPY, encoded as copyCsvLine does straight into one reused byte buffer.
// Kept as a string per row until COPY, a batch of rows would be copied by the garbage
// collector again and again; as bytes outside the heap it costs the collector nothing.
export class CsvBuffer {
  private bytes = Buffer.allocUnsafe(1024 * 1024);
  private length = 0;

  get isEmpty(): boolean {
    return this.length === 0;
  }

  writeLine(values: readonly Value[]): void {
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? null;
      const text = value === null ? '' : typeof value === 'string' ? value : String(value);
      // Room for the worst case: a comma, three UTF-8 bytes per unit and two quotes.
      this.reserve(text.length * 3 + 3);
      if (i > 0) this.bytes[this.length++] = comma;
      if (value !== null) this.writeField(text);
    }
    this.reserve(1);
    this.bytes[this.length++] = lineFeed;
  }

  // The text written so far; the buffer is then empty and ready for the next batch.
  take(): string {
    const text = this.bytes.toString('utf8', 0, this.length);
    this.length = 0;
    return text;
  }

  // ASCII is copied byte by byte, quoted if need be; other characters take copyCsvField
  // and a UTF-8 write.
  private writeField(text: string): void {
    const start = this.length;
    let quoted = text.length === 0;
    for (let i = 0; i < text.length; i++) {
      const char = text.charCodeAt(i);
      if (char >= 0x80) {
        this.length = start + this.bytes.write(copyCsvField(text), start);
        return;
      }
      quoted ||= char === quote || char === comma || char === lineFeed || char === carriageReturn;
      this.bytes[this.length++] = char;
    }
    if (quoted) this.writeQuoted(text, start);
  }

  private writeQuoted(text: string, start: number): void {
    this.length = start;
    this.bytes[this.length++] = quote;
    for (let i = 0; i < text.length; i++) {
      const char = text.charCodeAt(i);
      if (char === quote) this.bytes[this.length++] = quote;
      this.bytes[this.length++] = char;
    }
    this.bytes[this.length++] = quote;
  }

  private reserve(byteCount: number): void {
    if (this.length + byteCount <= this.bytes.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + byteCount));
    this.bytes.copy(larger, 0, 0, this.length);
    this.bytes = larger;
  }
}
