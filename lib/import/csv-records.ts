import { CsvError } from 'csv-parse';

const comma = 0x2c;
const quote = 0x22;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

// No record of a registry export comes near this; only a quote left open swallows the
// rest of the file into one field, and that must not fill the memory.
export const maxRecordLength = 1 << 20;

export type RecordHandler = (fields: string[], line: number) => void;

type RecordDelimiter = '\r\n' | '\n' | '\r';

// What csv-parse's `trim` removes before a field and lets follow a closing quote.
function isTrimmable(char: number): boolean {
  return char === 0x20 || char === 0x09 || char === lineFeed || char === carriageReturn || char === 0x0c;
}

function isLineBreak(char: number): boolean {
  return char === lineFeed || char === carriageReturn;
}

function brokenQuote(
  code: 'CSV_QUOTE_NOT_CLOSED' | 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE',
  lines: number,
) {
  return new CsvError(code, `Broken quote at line ${lines}`, undefined, { lines });
}

const needMoreText = -1;

// Splits the text of a registry export into records the way the import read it with
// csv-parse ({ bom, trim, from_line: 2, relax_column_count, relax_quotes,
// skip_empty_lines }), record for record and line for line, including its quirks, but
// on decoded text and without building an object per field. The line of a record is
// csv-parse's `info.lines`: the header is line 1 and every CR or LF read counts, even
// inside quotes. A broken quote throws csv-parse's CsvError with that line.
export class CsvRecordReader {
  private carried = '';
  private lines = 1;
  private delimiter: RecordDelimiter | null = null;
  private headerSkipped = false;
  private started = false;

  constructor(private readonly onRecord: RecordHandler) {}

  push(chunk: string): void {
    let text = this.carried + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.carried = text.slice(this.readRecords(text, false));
    if (this.carried.length > maxRecordLength) {
      throw new CsvError('CSV_MAX_RECORD_SIZE', `Record longer than ${maxRecordLength}`, undefined, {
        lines: this.lines,
      });
    }
  }

  end(): void {
    this.readRecords(this.carried, true);
    this.carried = '';
  }

  // Reads every record the text completes; returns where the first incomplete one starts.
  private readRecords(text: string, final: boolean): number {
    let start = 0;
    while (start < text.length) {
      const next = this.readRecord(text, start, final);
      if (next === needMoreText) return start;
      start = next;
    }
    return start;
  }

  // Reads one record from `start`: emits it (unless it is the header or an empty line)
  // and returns where the next begins, or `needMoreText` if the text ends before it
  // does and more is to come. Mirrors csv-parse's state machine character by character.
  private readRecord(text: string, start: number, final: boolean): number {
    const length = text.length;
    const fields: string[] = [];
    let field = '';
    let quoting = false;
    let wasQuoting = false;
    // CR and LF read since `start`; csv-parse counts each as a line, except the LF of a
    // CRLF record delimiter, which it skips.
    let breaks = 0;
    let i = start;
    while (i < length) {
      const char = text.charCodeAt(i);
      if (quoting) {
        if (char === quote) {
          if (i + 1 === length && !final) return needMoreText;
          const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
          if (next === quote) {
            if (wasQuoting)
              throw brokenQuote('CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE', this.lines + breaks);
            field += '"';
            i += 2;
          } else if (next === 0 || next === comma || isTrimmable(next)) {
            quoting = false;
            wasQuoting = true;
            i++;
          } else {
            throw brokenQuote('CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE', this.lines + breaks);
          }
          continue;
        }
        if (wasQuoting) {
          // A second quoted part after a closed one keeps nothing but trimmable characters.
          if (!isTrimmable(char))
            throw brokenQuote('CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE', this.lines + breaks);
          if (isLineBreak(char)) breaks++;
          i++;
          continue;
        }
        let end = i;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === quote) break;
          if (isLineBreak(c)) breaks++;
          end++;
        }
        field += text.slice(i, end);
        i = end;
        continue;
      }
      if (isLineBreak(char)) {
        const delimiterLength = this.recordDelimiterAt(text, i, final);
        if (delimiterLength === needMoreText) return needMoreText;
        breaks++;
        if (delimiterLength > 0) {
          const line = this.lines + breaks - 1;
          this.lines += breaks;
          const next = i + delimiterLength;
          if (!this.headerSkipped) {
            this.headerSkipped = true;
          } else if (wasQuoting || fields.length > 0 || field.length > 0) {
            fields.push(wasQuoting ? field : field.trimEnd());
            this.onRecord(fields, line);
          }
          return next;
        }
      }
      if (char === comma) {
        fields.push(wasQuoting ? field : field.trimEnd());
        field = '';
        wasQuoting = false;
        i++;
        continue;
      }
      if (char === quote && field.length === 0) {
        quoting = true;
        i++;
        continue;
      }
      if (wasQuoting) {
        if (!isTrimmable(char))
          throw brokenQuote('CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE', this.lines + breaks);
        i++;
        continue;
      }
      if (field.length === 0 && isTrimmable(char)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c === comma || isLineBreak(c)) break;
        end++;
      }
      field += text.slice(i, end);
      i = end;
    }
    if (!final) return needMoreText;
    // csv-parse counts a line break only once it reads the character after it.
    const line = this.lines + breaks - (isLineBreak(text.charCodeAt(length - 1)) ? 1 : 0);
    if (quoting) throw brokenQuote('CSV_QUOTE_NOT_CLOSED', line);
    if (this.headerSkipped && (wasQuoting || fields.length > 0 || field.length > 0)) {
      fields.push(wasQuoting ? field : field.trimEnd());
      this.onRecord(fields, line);
    }
    return length;
  }

  // Length of the record delimiter at a line break (0 if it is an ordinary character
  // there). The first line break outside quotes decides the delimiter, as csv-parse does.
  private recordDelimiterAt(text: string, at: number, final: boolean): number {
    const char = text.charCodeAt(at);
    if (char === carriageReturn && this.delimiter !== '\n') {
      if (at + 1 === text.length && !final) return needMoreText;
      const crlf = text.charCodeAt(at + 1) === lineFeed;
      this.delimiter ??= crlf ? '\r\n' : '\r';
      return this.delimiter === '\r\n' ? (crlf ? 2 : 0) : 1;
    }
    this.delimiter ??= '\n';
    return char === lineFeed && this.delimiter === '\n' ? 1 : 0;
  }
}
