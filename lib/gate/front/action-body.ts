import { multipartBoundary, multipartTextFields } from './multipart';

// Checks, on a body already held in memory (at most the path's small limit), that Next can
// decode it; Next answers 500 to a body it cannot decode, we answer 400 before it tries.

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
