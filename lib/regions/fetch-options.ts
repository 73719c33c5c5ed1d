import type { RegionOption } from './codes';
import { regionDataPath } from './data-url';

// Used by the picker in the browser. Each list is fetched once per page view (the HTTP cache
// keeps it for a year on top of that); a failed fetch is forgotten so the next choice retries.
const pending = new Map<string, Promise<readonly RegionOption[]>>();

export function fetchRegionOptions(version: string, parentCode: string): Promise<readonly RegionOption[]> {
  const path = regionDataPath(version, parentCode);
  const known = pending.get(path);
  if (known) return known;
  const request = fetch(path).then(async (response) => {
    if (!response.ok) throw new Error(`Region list ${path} answered ${response.status}`);
    const body: unknown = await response.json();
    if (!isRegionOptionList(body)) throw new Error(`Region list ${path} has an unexpected shape`);
    return body;
  });
  pending.set(path, request);
  request.catch(() => pending.delete(path));
  return request;
}

function isRegionOptionList(value: unknown): value is RegionOption[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item: unknown) =>
        Array.isArray(item) &&
        item.length === 2 &&
        typeof item[0] === 'string' &&
        typeof item[1] === 'string',
    )
  );
}
