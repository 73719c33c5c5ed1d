// The address of the static option lists; shared by the route handlers' tests and the picker.
// The version is part of the URL because the responses are cached for a year as immutable.
export function regionDataPath(version: string, parentCode?: string): string {
  const base = parentCode ? `/api/regions/${encodeURIComponent(parentCode)}` : '/api/regions';
  return `${base}?v=${encodeURIComponent(version)}`;
}
