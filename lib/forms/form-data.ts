// What a form posted, read as text. A field that is missing, or a file where text was expected,
// reads as empty; every value is cut to a length its field can need, so a crafted post cannot
// carry megabytes into validation or into a cookie.
export function formText(form: FormData, name: string, maxLength = 200): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.slice(0, maxLength) : '';
}

// The trimmed text, or undefined when the field is missing or blank.
export function optionalFormText(form: FormData, name: string, maxLength = 200): string | undefined {
  const value = form.get(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, maxLength) : undefined;
}

// Several fields at once, each with its own length (200 unless given).
export function formTexts<Field extends string>(
  form: FormData,
  fields: readonly Field[],
  maxLengths: Partial<Record<Field, number>> = {},
): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  for (const field of fields) values[field] = formText(form, field, maxLengths[field] ?? 200);
  return values;
}
