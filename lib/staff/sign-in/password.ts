import 'server-only';
import { hash, verify } from '@node-rs/argon2';

// Argon2id (the library's default algorithm) with OWASP's baseline cost: 19 MiB, 2 passes, 1 lane.
// About 20-40 ms here, cheap enough for a login and costly for an offline guesser.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash (hand-edited row) is a failed login, not a crash.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

// An unknown username still costs one Argon2 verification, so the answer's timing does not tell
// whether the account exists.
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash('not-a-real-account-password', options);
  await verifyPassword(await dummyHash, password);
  return false;
}
