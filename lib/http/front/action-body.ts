// Checks, on a body already held in memory (at most the path's small limit), that Next can
// decode it; Next answers 500 to a body it cannot decode, we answer 400 before it tries.

export function multipartBoundary(contentType: string | undefined): string | null {
  if (!/^\s*multipart\/form-data\s*(;|$)/i.test(contentType ?? '')) return null;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^;\s"]{1,70}))/i.exec(contentType ?? '');
  return match?.[1] ?? match?.[2] ?? null;
}

// The text fields of a complete multipart body (files are skipped), or null when the framing is
// broken: no opening delimiter, a part without headers or a name, or no closing delimiter.
export function multipartTextFields(body: Buffer, boundary: string): Map<string, string> | null {
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  if (!body.subarray(0, delimiter.length).equals(delimiter)) return null;
  const fields = new Map<string, string>();
  let position = 0;
  for (;;) {
    const after = position + delimiter.length;
    const marker = body.subarray(after, after + 2).toString('latin1');
    if (marker === '--') return fields;
    if (marker !== '\r\n') return null;
    const end = body.indexOf(nextDelimiter, after + 2);
    if (end === -1) return null;
    const part = body.subarray(after + 2, end);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd === -1) return null;
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const name = /content-disposition:\s*form-data;[^\r\n]*?\bname="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) return null;
    if (!/\bfilename\*?=/i.test(headers)) fields.set(name, part.subarray(headerEnd + 4).toString('utf8'));
    position = end + 2;
  }
}

// A call from the page's JavaScript carries its argument list as JSON: as the root field "0" of a
// multipart body, ending in the form ("$K…") after any bound values, or as a text/plain body for
// an action without parameters. The actions check the values themselves (formArgument, zod).
function isFormActionArguments(root: string | undefined): boolean {
  if (root === undefined) return false;
  try {
    const parsed: unknown = JSON.parse(root);
    if (!Array.isArray(parsed) || parsed.length === 0) return false;
    const last: unknown = parsed[parsed.length - 1];
    return typeof last === 'string' && /^\$K[0-9a-z]+$/.test(last);
  } catch {
    return false;
  }
}

function isArgumentList(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

export function isDecodableActionBody(
  contentType: string | undefined,
  body: Buffer,
  fetchAction: boolean,
): boolean {
  const boundary = multipartBoundary(contentType);
  if (boundary === null) return !fetchAction || isArgumentList(body.toString('utf8'));
  const fields = multipartTextFields(body, boundary);
  if (fields === null) return false;
  return !fetchAction || isFormActionArguments(fields.get('0'));
}
