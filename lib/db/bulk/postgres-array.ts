// A text[] literal for COPY: every element quoted, quotes and backslashes escaped.
export function postgresTextArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}
