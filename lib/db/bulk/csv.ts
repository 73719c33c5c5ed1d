type Value = string | number | boolean | null;

// A regular expression scans a string faster than a loop over its characters.
const misreadByCopy = /[",\n\r]/;

// Minimal CSV encoding for COPY … WITH (FORMAT csv): quote only when needed. An empty
// string is quoted so that COPY reads it as '' and not as NULL.
export function csvField(value: Value): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? value : String(value);
  return text === '' || misreadByCopy.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly Value[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

export function postgresTextArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}
