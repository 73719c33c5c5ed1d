// The one CSV module: files for people (opened in a spreadsheet), lines for PostgreSQL's
// COPY, and an RFC 4180 reader. The registry import streams its files through its own
// reader (lib/import/csv-records.ts), which mirrors csv-parse's quirks record for record.

export type CsvValue = string | number | boolean | null;

// A regular expression scans a string faster than a loop over its characters.
const startsLikeFormula = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

// For files people download (audit, Musdes agenda, import reports): RFC 4180 with CRLF.
// A cell that starts like a spreadsheet formula gets a leading apostrophe, so opening the
// file in Excel or LibreOffice never runs what a resident or a registry row typed.
export function spreadsheetCsvField(value: CsvValue): string {
  if (value === null) return '';
  let text = String(value);
  if (startsLikeFormula.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? quoted(text) : text;
}

export function spreadsheetCsvLine(values: readonly CsvValue[]): string {
  return `${values.map(spreadsheetCsvField).join(',')}\r\n`;
}

// For COPY … FROM (FORMAT csv), which must receive the data as it is: nothing is
// neutralised, and an empty string is quoted so that COPY reads it as '' and not NULL.
export function copyCsvField(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? value : String(value);
  return text === '' || needsQuotes.test(text) ? quoted(text) : text;
}

export function copyCsvLine(values: readonly CsvValue[]): string {
  return `${values.map(copyCsvField).join(',')}\n`;
}

// RFC 4180: quoted fields, doubled quotes inside them, commas and line breaks inside
// quotes, CRLF, LF or CR line ends; empty lines are skipped. Reads a whole text (labelled
// name pairs, a header line); names often hold commas ("Budi, S.Pd.").
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  const endRow = () => {
    row.push(field);
    field = '';
    if (row.some((f) => f.length > 0)) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else field += ch;
    } else if (ch === '"' && field.length === 0) inQuotes = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  endRow();
  return rows;
}
