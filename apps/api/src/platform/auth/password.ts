import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's second recommended profile (19 MiB, 2 passes): about 25 ms here, which keeps
 * login p95 well under 150 ms while making offline guessing expensive.
 */
// algorithm 2 = Argon2id (the package's const enum cannot be imported under isolatedModules).
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Spends the same time on an unknown username as on a wrong password, so timing reveals nothing. */
export async function burnVerifyTime(password: string): Promise<void> {
  dummy ??= hashPassword('unused-dummy-password-Aa1!');
  await verifyPassword(await dummy, password);
}
