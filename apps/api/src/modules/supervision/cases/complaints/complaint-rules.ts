import { randomInt } from 'node:crypto';
import { hmacSm3 } from '../../../../platform/crypto';

// Letters and digits a complainant does not confuse when reading them back (no 0/O, 1/I/L).
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A tracking number (受理编号): TS, the year and 8 random digits — not a count the public could read volumes from. */
export function newTrackingNo(year: string): string {
  return `TS${year}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/** The lookup code (查询码) that, with the tracking number, opens the status lookup. */
export function newLookupCode(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += CODE_ALPHABET[randomInt(0, CODE_ALPHABET.length)];
  return s;
}

/** What is stored of the code: a keyed hash bound to the tracking number. Case and spaces do not matter. */
export function lookupHash(dataKey: Buffer, trackingNo: string, code: string): string {
  return hmacSm3(dataKey, `${trackingNo}:${code.replace(/\s+/g, '').toUpperCase()}`);
}

/** The bureau that receives a complaint about an unregistered organization: the county (or city) of the region. */
export function receivingAuthority(regionCode: string): string {
  return regionCode.length === 9 ? regionCode.slice(0, 6) : regionCode;
}
