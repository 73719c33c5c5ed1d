import 'server-only';
import { deepestCode, selectionFromCode, type RegionSelection } from './codes';
import { rememberedRegionCookieName, rememberedRegionMaxAge } from './remembered-cookie';
import { normalizeRegionSelection } from './selection';

export { rememberedRegionCookieName } from './remembered-cookie';

/** The options object `(await cookies()).set(...)` takes. */
export type RememberedRegionCookie = {
  name: string;
  value: string;
  maxAge: number;
  path: string;
  sameSite: 'lax';
  httpOnly: false;
  secure: boolean;
};

/** The cookie's value → a selection the selects can show; stale or forged codes give `{}`. */
export async function rememberedSelection(cookieValue: string | undefined): Promise<RegionSelection> {
  if (!cookieValue) return {};
  return normalizeRegionSelection(selectionFromCode(cookieValue.trim()));
}

/** The cookie to set for a normalised selection, or `null` when nothing is chosen. */
export function rememberRegionCookie(
  selection: RegionSelection,
  { secure }: { secure: boolean },
): RememberedRegionCookie | null {
  const value = deepestCode(selection);
  if (!value) return null;
  return {
    name: rememberedRegionCookieName,
    value,
    maxAge: rememberedRegionMaxAge,
    path: '/',
    sameSite: 'lax',
    httpOnly: false,
    secure,
  };
}
