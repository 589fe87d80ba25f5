import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/** National algorithms from Node's own OpenSSL: SM3 for hashes, SM4 for personal data at rest. */
export function sm3(data: string | Buffer): string {
  return createHash('sm3').update(data).digest('hex');
}

export function hmacSm3(key: Buffer | string, data: string): string {
  return createHmac('sm3', key).update(data).digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

const PREFIX = 'sm4:1:';

/** SM4-CBC with a random IV per value; stored as `sm4:1:<base64(iv‖ciphertext)>`. */
export function encryptField(key: Buffer, plain: string): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-cbc', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, body]).toString('base64');
}

export function decryptField(key: Buffer, stored: string): string {
  if (!stored.startsWith(PREFIX)) throw new Error('not an encrypted field');
  const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
  const decipher = createDecipheriv('sm4-cbc', key, raw.subarray(0, 16));
  return Buffer.concat([decipher.update(raw.subarray(16)), decipher.final()]).toString('utf8');
}

/** Keyed hash of a personal identifier, for equality lookups without decrypting. */
export function blindIndex(key: Buffer, value: string): string {
  return hmacSm3(key, 'idx:' + value);
}
