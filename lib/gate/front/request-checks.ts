import { multipartBoundary } from './multipart';
import { bodyLimitFor, type BodyLimits } from './body-limits';

export type Refusal = { status: 400 | 403 | 404 | 405 | 411 | 413 | 415; reason: string };

export type RequestFacts = {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
};

export type FrontRules = BodyLimits & {
  // Ids of the build's server actions; unknown ids are refused before Next looks them up.
  knownActionIds: ReadonlySet<string>;
};

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// No route of ours has a percent sign, a control character or a byte that is not UTF-8 in its
// path. Next decodes path segments (params) once more, so `%25` would become a bad escape there.
export function isCleanPath(rawPath: string): boolean {
  if (!rawPath.startsWith('/')) return false;
  return rawPath.split('/').every((segment) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return false;
    }
    return !/[%\u0000-\u001f\u007f\ufffd]/.test(decoded);
  });
}

// A browser posting from another site (or a page that hides its origin) is refused: server
// actions and our route handlers trust only their own pages.
function isForeignOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

function checkAction(facts: RequestFacts, rules: FrontRules): Refusal | null {
  const actionId = single(facts.headers['next-action']);
  if (actionId === undefined) return null;
  if (facts.method !== 'POST') return { status: 405, reason: 'server actions are posted' };
  if (!rules.knownActionIds.has(actionId)) return { status: 404, reason: 'no such action' };
  // The page's JavaScript posts a form action as multipart, and an action without parameters
  // (Next strips unused arguments) as a JSON list in text/plain.
  const type = single(facts.headers['content-type']) ?? '';
  if (multipartBoundary(type) === null && !/^\s*text\/plain\s*(;|$)/i.test(type))
    return { status: 415, reason: 'unexpected body type' };
  return null;
}

function checkBodySize(facts: RequestFacts, pathname: string, rules: FrontRules): Refusal | null {
  const declared = single(facts.headers['content-length']);
  if (declared === undefined) return null;
  return Number(declared) > bodyLimitFor(pathname, rules) ? { status: 413, reason: 'body too large' } : null;
}

// What the front refuses before Next (and before any body byte) is read; null lets it through.
export function checkRequest(facts: RequestFacts, rules: FrontRules): Refusal | null {
  const rawPath = facts.url.split('?')[0] ?? '';
  if (!isCleanPath(rawPath)) return { status: 400, reason: 'malformed path' };
  // Next builds every URL from Host; Node's own refusal of a request without it has no headers.
  if (!single(facts.headers.host)) return { status: 400, reason: 'no host' };
  const carriesBody = !['GET', 'HEAD', 'OPTIONS'].includes(facts.method);
  if (!carriesBody) return null;
  if (isForeignOrigin(single(facts.headers.origin), single(facts.headers.host)))
    return { status: 403, reason: 'foreign origin' };
  return checkBodySize(facts, rawPath, rules) ?? checkAction(facts, rules);
}
