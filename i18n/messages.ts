import en from '@/messages/en.json';
import id from '@/messages/id.json';
import type { AppLocale } from './routing';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// Fails `tsc` when en.json gains or loses a key relative to id.json (the reference shape).
const sameKeys: Same<typeof id, typeof en> = true;
void sameKeys;

export const messagesByLocale: Record<AppLocale, typeof id> = { id, en };
