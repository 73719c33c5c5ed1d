// Cookies are Secure whenever the resident reached us over HTTPS (directly or through
// the proxy in front); plain http://localhost for the demo still works.
export function isHttpsRequest(headers: Headers): boolean {
  return headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

export function privateCookie(maxAge: number, secure: boolean) {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge } as const;
}
