// The last region chosen on this device, so a resident who comes back (or an operator who
// serves one village all day) starts where they left off. A cookie rather than localStorage:
// the server reads it and renders the selects already filled, with or without JavaScript.
// It holds only the deepest public region code: no personal data, so it needs no httpOnly.
export const rememberedRegionCookieName = 'wilayah';
export const rememberedRegionMaxAge = 60 * 60 * 24 * 365;

/** For `document.cookie` in the picker; the server sets the same cookie through `cookies()`. */
export function rememberedRegionCookieString(code: string, secure: boolean): string {
  const attributes = [
    `Max-Age=${rememberedRegionMaxAge}`,
    'Path=/',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ];
  return [`${rememberedRegionCookieName}=${encodeURIComponent(code)}`, ...attributes].join('; ');
}
