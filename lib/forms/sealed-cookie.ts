import 'server-only';
import { z } from 'zod';
import { portalSecret } from '@/lib/registry';
import { privateCookie } from './cookie-options';
import { seal, unseal } from './seal';

// What a sealed cookie needs of Next's cookie store (`cookies()` in actions and pages).
type CookieReader = { get(name: string): { value: string } | undefined };
type CookieWriter = {
  set(name: string, value: string, options: ReturnType<typeof privateCookie>): unknown;
  delete(name: string): unknown;
};

// A browser drops a cookie over 4 KB (name and attributes included).
const cookieBudget = 3800;

export type SealedCookie<Value> = {
  name: string;
  maxAge: number;
  seal(value: Value): string;
  // Null when missing, expired, tampered with, or of a shape this release does not write.
  unseal(sealed: string | undefined): Value | null;
  set(jar: CookieWriter, value: Value, secure: boolean): void;
  read(jar: CookieReader): Value | null;
  clear(jar: CookieWriter): void;
};

// A flash or result that travels to the next page in an encrypted, httpOnly cookie (AES-GCM,
// keyed by the portal secret and the cookie's name): the page is reached by a redirect, so the
// same flow works with and without JavaScript and the URL carries nothing personal. Its schema
// is checked on the way back, so a cookie an older release wrote reads as nothing.
export function sealedCookie<Schema extends z.ZodType>(definition: {
  name: string;
  schema: Schema;
  maxAge: number;
  // What to leave out when the sealed value would be too big for a browser to keep.
  shrink?: (value: z.output<Schema>) => z.output<Schema>;
  secret?: () => string;
}): SealedCookie<z.output<Schema>> {
  const { name, schema, maxAge, shrink } = definition;
  const secret = definition.secret ?? portalSecret;
  const sealValue = (value: z.output<Schema>) => seal(secret(), name, value, maxAge);
  const cookie: SealedCookie<z.output<Schema>> = {
    name,
    maxAge,
    seal(value) {
      const sealed = sealValue(value);
      return sealed.length <= cookieBudget || !shrink ? sealed : sealValue(shrink(value));
    },
    unseal(sealed) {
      const parsed = schema.safeParse(unseal(secret(), name, sealed));
      return parsed.success ? parsed.data : null;
    },
    set: (jar, value, secure) => void jar.set(name, cookie.seal(value), privateCookie(maxAge, secure)),
    read: (jar) => cookie.unseal(jar.get(name)?.value),
    clear: (jar) => void jar.delete(name),
  };
  return cookie;
}

// For a view this server computed and sealed itself (AES-GCM vouches for its content): the
// schema checks that it is an object, the envelope around it checks its shape.
export const sealedView = <View extends object>() =>
  z.custom<View>((value) => typeof value === 'object' && value !== null);
